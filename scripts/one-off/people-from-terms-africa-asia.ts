/**
 * One-off (#15, #11): a card for every past head of state or government of Africa, Asia and
 * the Middle East that `dataset/terms/heads-africa-asia-predecessors.json` and
 * `dataset/terms/heads-africa-asia.json` name without a curated holder.
 *
 *   npx tsx scripts/one-off/people-from-terms-africa-asia.ts [--dry]
 *
 * Adapted from `people-from-terms.ts` (Europe, the Americas, Oceania). Writes
 * `dataset/actors/former-heads-{africa,asia}.json` and sets `holder` in the terms. A holder
 * whose full name is already a curated person's name or full alias gets that person's id
 * (unless listed in SEPARATE). Everything on a card comes from the terms; `wikipedia` is set
 * only for the names in WIKI (titles known for sure), else null. Surnames are partial, and
 * ambiguous when they are words, name-like, another entity's alias or another person's surname.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldKey } from '../../engine/text/fold.ts';
import type { AliasSource, EntitySource, TermSource } from '../../dataset/schema.ts';
import { ROOT } from '../lib/artefacts.ts';
import { buildDataset } from '../lib/build-dataset.ts';
import { loadCommonWords, loadNameLikeWords } from '../lib/common-words.ts';
import {
  amb,
  ascii,
  describe,
  groupTerms,
  kebab,
  REGNAL,
  type Extra,
  type Group,
} from './lib/people-from-terms-shared.ts';

const TERMS_FILES = [
  'dataset/terms/heads-africa-asia-predecessors.json',
  'dataset/terms/heads-africa-asia.json',
].map((f) => join(ROOT, f));
const REGIONS = ['africa', 'asia'] as const;
type Region = (typeof REGIONS)[number];
const outFile = (r: Region) => `dataset/actors/former-heads-${r}.json`;

/** Country code → [region, adjective]. */
const COUNTRY: Record<string, [Region, string]> = {
  dz: ['africa', 'Algerian'], ao: ['africa', 'Angolan'], bj: ['africa', 'Beninese'], bw: ['africa', 'Botswanan'],
  bf: ['africa', 'Burkinabè'], bi: ['africa', 'Burundian'], cm: ['africa', 'Cameroonian'], cv: ['africa', 'Cape Verdean'],
  cf: ['africa', 'Central African'], td: ['africa', 'Chadian'], km: ['africa', 'Comorian'], cd: ['africa', 'Congolese'],
  cg: ['africa', 'Congolese'], dj: ['africa', 'Djiboutian'], eg: ['africa', 'Egyptian'], et: ['africa', 'Ethiopian'],
  ga: ['africa', 'Gabonese'], gm: ['africa', 'Gambian'], gh: ['africa', 'Ghanaian'], gn: ['africa', 'Guinean'],
  gw: ['africa', 'Bissau-Guinean'], ci: ['africa', 'Ivorian'], ke: ['africa', 'Kenyan'], ls: ['africa', 'Lesotho'],
  lr: ['africa', 'Liberian'], ly: ['africa', 'Libyan'], mg: ['africa', 'Malagasy'], mw: ['africa', 'Malawian'],
  ml: ['africa', 'Malian'], mr: ['africa', 'Mauritanian'], mu: ['africa', 'Mauritian'], ma: ['africa', 'Moroccan'],
  mz: ['africa', 'Mozambican'], na: ['africa', 'Namibian'], ne: ['africa', 'Nigerien'], ng: ['africa', 'Nigerian'],
  rw: ['africa', 'Rwandan'], st: ['africa', 'São Toméan'], sn: ['africa', 'Senegalese'], sc: ['africa', 'Seychellois'],
  sl: ['africa', 'Sierra Leonean'], so: ['africa', 'Somali'], za: ['africa', 'South African'], sd: ['africa', 'Sudanese'],
  sz: ['africa', 'Eswatini'], tz: ['africa', 'Tanzanian'], tg: ['africa', 'Togolese'], tn: ['africa', 'Tunisian'],
  zm: ['africa', 'Zambian'], zw: ['africa', 'Zimbabwean'], ss: ['africa', 'South Sudanese'], ug: ['africa', 'Ugandan'],
  af: ['asia', 'Afghan'], bh: ['asia', 'Bahraini'], bd: ['asia', 'Bangladeshi'], bt: ['asia', 'Bhutanese'],
  kh: ['asia', 'Cambodian'], cn: ['asia', 'Chinese'], in: ['asia', 'Indian'], id: ['asia', 'Indonesian'],
  ir: ['asia', 'Iranian'], iq: ['asia', 'Iraqi'], il: ['asia', 'Israeli'], jp: ['asia', 'Japanese'],
  jo: ['asia', 'Jordanian'], kz: ['asia', 'Kazakh'], kw: ['asia', 'Kuwaiti'], kg: ['asia', 'Kyrgyz'],
  la: ['asia', 'Lao'], lb: ['asia', 'Lebanese'], my: ['asia', 'Malaysian'], mv: ['asia', 'Maldivian'],
  mn: ['asia', 'Mongolian'], mm: ['asia', 'Myanmar'], np: ['asia', 'Nepali'], kp: ['asia', 'North Korean'],
  kr: ['asia', 'South Korean'], om: ['asia', 'Omani'], pk: ['asia', 'Pakistani'], ps: ['asia', 'Palestinian'],
  ph: ['asia', 'Filipino'], qa: ['asia', 'Qatari'], sa: ['asia', 'Saudi'], sg: ['asia', 'Singaporean'],
  lk: ['asia', 'Sri Lankan'], sy: ['asia', 'Syrian'], tj: ['asia', 'Tajik'], th: ['asia', 'Thai'],
  tl: ['asia', 'Timorese'], tr: ['asia', 'Turkish'], tm: ['asia', 'Turkmen'], ae: ['asia', 'Emirati'],
  uz: ['asia', 'Uzbek'], vn: ['asia', 'Vietnamese'], ye: ['asia', 'Yemeni'],
}; // prettier-ignore

/** Holders who share a curated person's full name but are someone else. */
const SEPARATE = new Set(['Soe Win']);

/** Hand-checked extras, keyed by the term's holderName. */
const EXTRA: Record<string, Extra> = {
  'Soe Win': { name: 'Soe Win (prime minister)', aliases: [amb('Soe Win')], surnames: [], noun: 'general' },
  Akihito: { aliases: ['Emperor Akihito'], subtype: 'monarch', noun: 'royal' },
  Birendra: {
    name: 'Birendra of Nepal',
    aliases: ['King Birendra'],
    subtype: 'monarch',
    noun: 'royal',
    surnames: [],
  },
  Dipendra: {
    name: 'Dipendra of Nepal',
    aliases: ['King Dipendra', 'Crown Prince Dipendra'],
    subtype: 'monarch',
    noun: 'royal',
    surnames: [],
  },
  Gyanendra: {
    name: 'Gyanendra of Nepal',
    aliases: ['King Gyanendra'],
    subtype: 'monarch',
    noun: 'royal',
    surnames: [],
  },
  'Fahd bin Abdulaziz': { aliases: ['King Fahd'], subtype: 'monarch', wikipedia: 'Fahd_of_Saudi_Arabia' },
  'Abdullah bin Abdulaziz': {
    aliases: [amb('King Abdullah')],
    subtype: 'monarch',
    wikipedia: 'Abdullah_of_Saudi_Arabia',
  },
  'Qaboos bin Said': { aliases: ['Sultan Qaboos'], subtype: 'monarch' },
  'Zayed bin Sultan Al Nahyan': { aliases: ['Sheikh Zayed'], subtype: 'monarch' },
  'Hamad bin Khalifa Al Thani': { subtype: 'monarch' },
  'Jaber Al-Ahmad Al-Jaber Al-Sabah': { subtype: 'monarch' },
  'Saad Al-Abdullah Al-Salim Al-Sabah': { subtype: 'monarch' },
  'Sabah Al-Ahmad Al-Jaber Al-Sabah': { subtype: 'monarch' },
  'Nawaf Al-Ahmad Al-Jaber Al-Sabah': { subtype: 'monarch' },
  'Jigme Singye Wangchuck': { subtype: 'monarch', noun: 'royal', surnames: [] },
  'Bhumibol Adulyadej': { aliases: ['King Bhumibol'], subtype: 'monarch', noun: 'royal', surnames: [] },
  'Gnassingbé Eyadéma': { surnames: ['Eyadéma'] },
  'Muhammad Rafiq Tarar': { surnames: ['Tarar'], ambiguous: true },
  'Isaac Zida': { aliases: ['Yacouba Isaac Zida'], noun: 'army officer' },
  'Mohamed Hussein Tantawi': { noun: 'field marshal' },
  'Ahmed Awad Ibn Auf': { noun: 'army officer', surnames: ['Ibn Auf'] },
  'Salou Djibo': { noun: 'army officer' },
  'Ely Ould Mohamed Vall': { noun: 'army officer' },
  'Moussa Dadis Camara': { noun: 'army officer', surnames: ['Dadis Camara'] },
  'Sékouba Konaté': { noun: 'army officer' },
  'Khin Nyunt': { noun: 'general', surnames: [] },
  'Adly Mansour': { noun: 'judge' },
  'Nasirul Mulk': { noun: 'judge', surnames: [] },
  'Latifur Rahman': { noun: 'judge', surnames: [] },
  'Mir Hazar Khan Khoso': { noun: 'judge' },
  'José Eduardo dos Santos': { surnames: ['dos Santos'], ambiguous: true },
  'Fernando da Piedade Dias dos Santos': { surnames: [] },
  'Carlos Agostinho do Rosário': { surnames: ['do Rosário'], ambiguous: true },
  'Gualberto do Rosário': { surnames: ['do Rosário'], ambiguous: true },
  'Manuel Pinto da Costa': { surnames: ['Pinto da Costa'] },
  'António Mascarenhas Monteiro': { surnames: ['Mascarenhas Monteiro'] },
  'Benigno Aquino III': { aliases: ['Noynoy Aquino'], surnames: ['Aquino'], ambiguous: true },
  'A. P. J. Abdul Kalam': { aliases: ['Abdul Kalam', 'APJ Abdul Kalam'], surnames: ['Kalam'] },
  'K. R. Narayanan': { surnames: ['Narayanan'], ambiguous: true },
  'A. Q. M. Badruddoza Chowdhury': { aliases: ['Badruddoza Chowdhury'], surnames: [] },
  'Chaudhry Shujaat Hussain': { aliases: ['Shujaat Hussain'], surnames: [] },
  'Pushpa Kamal Dahal': { aliases: ['Prachanda'], surnames: ['Dahal'] },
  'Madhav Kumar Nepal': { surnames: [] },
  'Mohamed Ould Abdel Aziz': { surnames: ['Ould Abdel Aziz'] },
  'Daniel arap Moi': { aliases: ['Daniel Moi'], surnames: ['Moi'], ambiguous: true },
  'John Kufuor': { aliases: ['John Agyekum Kufuor'] },
  'John Atta Mills': { aliases: ['John Evans Atta Mills'], surnames: ['Atta Mills'] },
  "Pascal Affi N'Guessan": { surnames: ["Affi N'Guessan"] },
  'Amadou Gon Coulibaly': { surnames: ['Gon Coulibaly'] },
  'Ahmed Obeid bin Daghr': { surnames: ['bin Daghr'] },
  'Ahmed Awad bin Mubarak': { surnames: ['bin Mubarak'] },
  'Bingu wa Mutharika': { surnames: ['Mutharika'], ambiguous: true },
  'Thaksin Shinawatra': {},
  'Yingluck Shinawatra': { surnames: ['Yingluck'] },
  'Abhisit Vejjajiva': { surnames: ['Abhisit'] },
  'Surayud Chulanont': { surnames: ['Surayud'] },
  'Samak Sundaravej': { surnames: ['Samak'] },
  'Somchai Wongsawat': { surnames: [] },
  'Chuan Leekpai': { surnames: ['Chuan'], ambiguous: true },
  'Srettha Thavisin': { surnames: ['Srettha'] },
  'Susilo Bambang Yudhoyono': { surnames: ['Yudhoyono'] },
  'Abdurrahman Wahid': { aliases: ['Gus Dur'], surnames: ['Wahid'], ambiguous: true },
  'Ibrahim Mohamed Solih': { surnames: ['Solih'] },
  'Mohamed Waheed Hassan': { surnames: ['Waheed'], ambiguous: true },
  'Maumoon Abdul Gayoom': { surnames: ['Gayoom'] },
  'Mohamed Nasheed': { surnames: ['Nasheed'] },
  'Abdulla Yameen': { surnames: ['Yameen'] },
  'Mahmoud Zuabi': { surnames: ['Zuabi'] },
  'Abdul Halim Khaddam': { surnames: ['Khaddam'] },
  'Abdiqasim Salad Hassan': { surnames: [] },
  'Abdullahi Yusuf Ahmed': { surnames: [] },
  'Adan Mohamed Nuur Madobe': { surnames: ['Madobe'] },
  'Muhammad Abdi Yusuf': { surnames: [] },
  'Nur Hassan Hussein': { surnames: [] },
  'Abdiweli Mohamed Ali': { aliases: ['Abdiweli Gaas'], surnames: [] },
  'Abdiweli Sheikh Ahmed': { surnames: [] },
  'Hassan Ali Khaire': { surnames: ['Khaire'] },
  'Mohamed Hussein Roble': { surnames: ['Roble'] },
  'Ali Mohamed Gedi': { surnames: ['Gedi'] },
  'Hassan Abshir Farah': { surnames: [] },
  'Ali Khalif Galaydh': { surnames: ['Galaydh'] },
  'Abdi Farah Shirdon': { surnames: ['Shirdon'] },
  'Omar Abdirashid Ali Sharmarke': { aliases: ['Omar Sharmarke'], surnames: ['Sharmarke'] },
  'Sidi Mohamed Ould Boubacar': { surnames: [] },
  'Mohamed Salem Ould Béchir': { surnames: [] },
  'Ismail Ould Bedde Ould Cheikh Sidiya': { surnames: [] },
  'Sidi Ould Cheikh Abdallahi': { surnames: ['Abdallahi'], ambiguous: true },
  'Cheikh El Avia Ould Mohamed Khouna': { surnames: ['Khouna'], ambiguous: true },
  'Ba Mamadou Mbaré': { surnames: ['Mbaré'] },
  'Shahabuddin Ahmed': { surnames: [] },
  'Iajuddin Ahmed': { surnames: [] },
  'Fakhruddin Ahmed': { surnames: [] },
  'Zillur Rahman': { surnames: [] },
  'Abdul Hamid': { surnames: [] },
  'Mamnoon Hussain': { surnames: [] },
  'Muhammad Mian Soomro': { surnames: ['Soomro'] },
  'Ali Abu al-Ragheb': { surnames: ['Abu al-Ragheb'] },
  'Mohammad Sabah Al-Salem Al-Sabah': { surnames: [] },
  'Maktoum bin Rashid Al Maktoum': { surnames: [] },
  'Khalifa bin Salman Al Khalifa': { surnames: [] },
  'Awn Khasawneh': { surnames: ['Khasawneh'], ambiguous: true },
  'Kim Yong-il': { surnames: [] },
  'Mahamat Idriss Déby': { holder: 'person/mahamat-deby' },
  'Raymond Ndong Sima': { surnames: ['Ndong Sima'] },
  'Alain-Claude Bilie By Nze': { surnames: ['Bilie By Nze'] },
  'Ali Bongo Ondimba': { aliases: ['Ali Bongo'], surnames: ['Bongo'], ambiguous: true },
  'Barkat Gourad Hamadou': { surnames: [] },
  'Lee Hsien Loong': { surnames: [] },
  'Goh Chok Tong': { surnames: [] },
  'Tony Tan': { surnames: [] },
  'S. R. Nathan': { surnames: ['Nathan'], ambiguous: true },
  'Evaristo Carvalho': { ambiguous: true },
  'João Bernardo Vieira': { aliases: ['Nino Vieira'], ambiguous: true },
  'Fradique de Menezes': { surnames: ['de Menezes'], ambiguous: true },
  'Rui Maria de Araújo': { ambiguous: true },
  'Luísa Diogo': { ambiguous: true },
  'Ahmed Shafik': { ambiguous: true },
  'Barham Salih': { ambiguous: true },
  'Mohamed Ould Bilal': { surnames: ['Ould Bilal'] },
  'Abbas El Fassi': { surnames: ['El Fassi'] },
  'Apollinaire Joachim Kyélem de Tambèla': { surnames: ['Kyélem de Tambèla', 'Kyélem'] },
  'Thomas Boni Yayi': { aliases: ['Boni Yayi'], surnames: ['Yayi'] },
  'Roch Marc Christian Kaboré': { aliases: ['Roch Kaboré'], surnames: ['Kaboré'], ambiguous: true },
  'Abdullah Gül': { ambiguous: true },
  'Binali Yıldırım': { ambiguous: true },
  'Mahinda Rajapaksa': {},
  'Ismail Sabri Yaakob': { surnames: [] },
  'Najib Razak': { surnames: ['Najib'] },
  'Muhyiddin Yassin': { surnames: ['Muhyiddin'] },
  'Abdullah Ahmad Badawi': { aliases: ['Abdullah Badawi'], surnames: ['Badawi'] },
  'Amadou Sanogo': { noun: 'army officer' },
  'Cleopas Dlamini': { ambiguous: true },
  'Seydou Diarra': { ambiguous: true },
};

/** Very common surnames in the news of these countries, linked only beside the full name. */
const COMMON_SURNAMES = new Set(
  'hassan ahmed mohamed ali hussein ibrahim abdullah khan singh ahmad mohammad rahman saleh yusuf ismail traoré diallo maïga keïta touré ouédraogo ouedraogo dlamini sall ba diarra sidibé cissé koné camara fofana mohamud omar salam aziz abbas khalifa ndiaye rosa vital scott taylor banda mills wade tan rené faure vaz costa kan mori abe suga noda fukuda sharif zia thapa chand koirala deuba bhattarai shinawatra yadav patil mukherjee gül yıldırım suleiman karami khamis safar hijab saeed abbasi kakar ashraf mansour kabila pires fonseca veiga seck boye loum niasse kaba mbaye dionne touré sy kodjo sama mally bongo mba raponda kolo vital sylla rakotovao amadou jonathan buhari zuma mbeki obasanjo duncan soro banny moussa faki kebzabo abbas nadingar ali yamassoum nguema ngondet mvouba gizenga muzito matata ponyo badibanga tshibala ilunga makuza murekezi sidiya'
    .split(' ')
    .map((w) => foldKey(w)),
);

/** English Wikipedia titles known for sure (the holder's name with underscores). */
const WIKI = new Set(
  [
    'Abdelaziz Bouteflika',
    'Abdelkader Bensalah',
    'Ahmed Ouyahia',
    'Ali Benflis',
    'Abdelmalek Sellal',
    'Noureddine Bedoui',
    'Abdelaziz Djerad',
    'José Eduardo dos Santos',
    'Festus Mogae',
    'Ian Khama',
    'Mokgweetsi Masisi',
    'Michel Kafando',
    'Roch Marc Christian Kaboré',
    'Pierre Nkurunziza',
    'Domitien Ndayizeye',
    'Pedro Pires',
    'Jorge Carlos Fonseca',
    'Ange-Félix Patassé',
    'François Bozizé',
    'Michel Djotodia',
    'Catherine Samba-Panza',
    'Ahmed Abdallah Sambi',
    'Ikililou Dhoinine',
    'Mohamed Hussein Tantawi',
    'Adly Mansour',
    'Ahmed Nazif',
    'Ahmed Shafik',
    'Essam Sharaf',
    'Hesham Qandil',
    'Ibrahim Mahlab',
    'Sherif Ismail',
    'Girma Wolde-Giorgis',
    'Mulatu Teshome',
    'Sahle-Work Zewde',
    'Negasso Gidada',
    'Omar Bongo',
    'Ali Bongo Ondimba',
    'Yahya Jammeh',
    'Jerry Rawlings',
    'John Kufuor',
    'John Atta Mills',
    'Nana Akufo-Addo',
    'Lansana Conté',
    'Moussa Dadis Camara',
    'Sékouba Konaté',
    'Alpha Condé',
    'Kumba Ialá',
    'Henrique Rosa',
    'João Bernardo Vieira',
    'Malam Bacai Sanhá',
    'José Mário Vaz',
    'Robert Guéï',
    'Laurent Gbagbo',
    'Guillaume Soro',
    'Amadou Gon Coulibaly',
    'Hamed Bakayoko',
    'Daniel arap Moi',
    'Mwai Kibaki',
    'Pakalitha Mosisili',
    'Tom Thabane',
    'Moeketsi Majoro',
    'Moses Blah',
    'Gyude Bryant',
    'Ellen Johnson Sirleaf',
    'George Weah',
    'Mustafa Abdul Jalil',
    'Nouri Abusahmain',
    'Shukri Ghanem',
    'Baghdadi Mahmudi',
    'Abdurrahim El-Keib',
    'Ali Zeidan',
    'Didier Ratsiraka',
    'Marc Ravalomanana',
    'Hery Rajaonarimampianina',
    'Bakili Muluzi',
    'Bingu wa Mutharika',
    'Joyce Banda',
    'Alpha Oumar Konaré',
    'Amadou Toumani Touré',
    'Dioncounda Traoré',
    'Bah Ndaw',
    'Moussa Mara',
    'Boubou Cissé',
    'Moctar Ouane',
    "Maaouya Ould Sid'Ahmed Taya",
    'Ely Ould Mohamed Vall',
    'Sidi Ould Cheikh Abdallahi',
    'Mohamed Ould Abdel Aziz',
    'Cassam Uteem',
    'Anerood Jugnauth',
    'Paul Bérenger',
    'Pravind Jugnauth',
    'Ameenah Gurib-Fakim',
    'Abderrahmane Youssoufi',
    'Driss Jettou',
    'Abbas El Fassi',
    'Abdelilah Benkirane',
    'Saadeddine Othmani',
    'Joaquim Chissano',
    'Armando Guebuza',
    'Luísa Diogo',
    'Sam Nujoma',
    'Hifikepunye Pohamba',
    'Hage Geingob',
    'Nangolo Mbumba',
    'Mamadou Tandja',
    'Salou Djibo',
    'Brigi Rafini',
    'Hama Amadou',
    'Seyni Oumarou',
    "Umaru Musa Yar'Adua",
    'Pasteur Bizimungu',
    'Bernard Makuza',
    'Fradique de Menezes',
    'Manuel Pinto da Costa',
    'Evaristo Carvalho',
    'Abdou Diouf',
    'Abdoulaye Wade',
    'Macky Sall',
    'Idrissa Seck',
    'Aminata Touré',
    'France-Albert René',
    'James Michel',
    'Danny Faure',
    'Ahmad Tejan Kabbah',
    'Ernest Bai Koroma',
    'Abdiqasim Salad Hassan',
    'Abdullahi Yusuf Ahmed',
    'Hassan Ali Khaire',
    'Mohamed Hussein Roble',
    'Thabo Mbeki',
    'Kgalema Motlanthe',
    'Jacob Zuma',
    'Benjamin Mkapa',
    'Jakaya Kikwete',
    'John Magufuli',
    'Gnassingbé Eyadéma',
    'Gilbert Houngbo',
    'Zine El Abidine Ben Ali',
    'Fouad Mebazaa',
    'Moncef Marzouki',
    'Beji Caid Essebsi',
    'Mohamed Ghannouchi',
    'Hamadi Jebali',
    'Ali Laarayedh',
    'Mehdi Jomaa',
    'Habib Essid',
    'Youssef Chahed',
    'Elyes Fakhfakh',
    'Hichem Mechichi',
    'Najla Bouden',
    'Frederick Chiluba',
    'Levy Mwanawasa',
    'Rupiah Banda',
    'Michael Sata',
    'Guy Scott',
    'Edgar Lungu',
    'Morgan Tsvangirai',
    'Barham Salih',
    'Jigme Singye Wangchuck',
    'Jigme Thinley',
    'Lotay Tshering',
    'Hun Sen',
    'Zhu Rongji',
    'Wen Jiabao',
    'K. R. Narayanan',
    'A. P. J. Abdul Kalam',
    'Pratibha Patil',
    'Pranab Mukherjee',
    'Ram Nath Kovind',
    'Abdurrahman Wahid',
    'Susilo Bambang Yudhoyono',
    'Ebrahim Raisi',
    'Mohammad Mokhber',
    'Ghazi al-Yawer',
    'Fuad Masum',
    'Ayad Allawi',
    'Ibrahim al-Jaafari',
    'Adil Abdul-Mahdi',
    'Ezer Weizman',
    'Moshe Katsav',
    'Dalia Itzik',
    'Reuven Rivlin',
    'Akihito',
    'Yoshirō Mori',
    'Junichiro Koizumi',
    'Yasuo Fukuda',
    'Tarō Asō',
    'Yukio Hatoyama',
    'Naoto Kan',
    'Yoshihiko Noda',
    'Yoshihide Suga',
    'Omar Razzaz',
    'Hani Mulki',
    'Abdullah Ensour',
    'Karim Massimov',
    'Askar Mamin',
    'Askar Akayev',
    'Kurmanbek Bakiyev',
    'Roza Otunbayeva',
    'Almazbek Atambayev',
    'Sooronbay Jeenbekov',
    'Choummaly Sayasone',
    'Bounnhang Vorachith',
    'Émile Lahoud',
    'Omar Karami',
    'Fouad Siniora',
    'Tammam Salam',
    'Hassan Diab',
    'Abdullah Ahmad Badawi',
    'Najib Razak',
    'Muhyiddin Yassin',
    'Ismail Sabri Yaakob',
    'Maumoon Abdul Gayoom',
    'Mohamed Nasheed',
    'Abdulla Yameen',
    'Ibrahim Mohamed Solih',
    'Nambaryn Enkhbayar',
    'Tsakhiagiin Elbegdorj',
    'Khaltmaagiin Battulga',
    'Natsagiin Bagabandi',
    'Khin Nyunt',
    'Gyanendra of Nepal',
    'Birendra of Nepal',
    'Dipendra of Nepal',
    'Ram Baran Yadav',
    'Bidya Devi Bhandari',
    'Girija Prasad Koirala',
    'Sher Bahadur Deuba',
    'Pushpa Kamal Dahal',
    'Madhav Kumar Nepal',
    'Jhala Nath Khanal',
    'Baburam Bhattarai',
    'Sushil Koirala',
    'Pak Pong-ju',
    'Kim Dae-jung',
    'Roh Moo-hyun',
    'Lee Myung-bak',
    'Park Geun-hye',
    'Hwang Kyo-ahn',
    'Moon Jae-in',
    'Choi Sang-mok',
    'Qaboos bin Said',
    'Muhammad Rafiq Tarar',
    'Mamnoon Hussain',
    'Zafarullah Khan Jamali',
    'Chaudhry Shujaat Hussain',
    'Shaukat Aziz',
    'Raja Pervaiz Ashraf',
    'Shahid Khaqan Abbasi',
    'Anwaar-ul-Haq Kakar',
    'Ahmed Qurei',
    'Salam Fayyad',
    'Rami Hamdallah',
    'Joseph Estrada',
    'Gloria Macapagal Arroyo',
    'Benigno Aquino III',
    'Hamad bin Khalifa Al Thani',
    'S. R. Nathan',
    'Tony Tan',
    'Halimah Yacob',
    'Goh Chok Tong',
    'Lee Hsien Loong',
    'Chandrika Kumaratunga',
    'Maithripala Sirisena',
    'Sirimavo Bandaranaike',
    'Ratnasiri Wickremanayake',
    'Imad Khamis',
    'Wael Nader al-Halqi',
    'Riyad Farid Hijab',
    'Bhumibol Adulyadej',
    'Chuan Leekpai',
    'Surayud Chulanont',
    'Samak Sundaravej',
    'Somchai Wongsawat',
    'Abhisit Vejjajiva',
    'Yingluck Shinawatra',
    'Srettha Thavisin',
    'Taur Matan Ruak',
    'Francisco Guterres',
    'Mari Alkatiri',
    'Süleyman Demirel',
    'Ahmet Necdet Sezer',
    'Abdullah Gül',
    'Bülent Ecevit',
    'Ahmet Davutoğlu',
    'Binali Yıldırım',
    'Saparmurat Niyazov',
    'Zayed bin Sultan Al Nahyan',
    'Khalifa bin Zayed Al Nahyan',
    'Nguyễn Tấn Dũng',
    'Trương Tấn Sang',
    'Trần Đại Quang',
    'Nguyễn Xuân Phúc',
    'Võ Văn Thưởng',
    'Phan Văn Khải',
    'Nguyễn Minh Triết',
    'Khaled Bahah',
    'Ahmed Obeid bin Daghr',
    'Maeen Abdulmalik Saeed',
    'Ahmed Awad bin Mubarak',
    'Mohammed Basindawa',
    'Abdul Qadir Bajamal',
    'Hussein Arnous',
    'Moulaye Ould Mohamed Laghdaf',
    'Yahya Ould Hademine',
    'Mohamed Ould Bilal',
    'Ismail Ould Bedde Ould Cheikh Sidiya',
    'Kim Tok-hun',
    'Dinesh Gunawardena',
    'Bisher Al-Khasawneh',
    'Kamel Madouri',
    'Ahmed Hachani',
    'Patrick Achi',
    'Philemon Yang',
    'Ephraïm Inoni',
    'Clément Mouamba',
    'Mohamed Béavogui',
    'Bernard Goumou',
    'Ibrahima Kassory Fofana',
    'Saleh Kebzabo',
    'Albert Pahimi Padacké',
    'Sabri Boukadoum',
    'Alain-Guillaume Bunyoni',
    'Augustin Matata Ponyo',
    'Adolphe Muzito',
    'Antoine Gizenga',
    'Samy Badibanga',
    'Bruno Tshibala',
    'Sylvestre Ilunga',
    'Jean-Michel Sama Lukonde',
    'Rose Christiane Ossouka Raponda',
    'Alain-Claude Bilie By Nze',
    'Raymond Ndong Sima',
    'Mamadou Lamine Loum',
    'Moustapha Niasse',
    'Mame Madior Boye',
    'Souleymane Ndéné Ndiaye',
    'Abdoul Mbaye',
    'Sidiki Kaba',
    'Akil Akilov',
    'Mohammad Shtayyeh',
  ].map((n) => n),
);

function main(): void {
  const dry = process.argv.includes('--dry');
  const files = TERMS_FILES.map((f) => JSON.parse(readFileSync(f, 'utf8')) as TermSource[]);
  const terms = files.flat();
  const previous: EntitySource[] = REGIONS.flatMap((r) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, outFile(r)), 'utf8')) as EntitySource[];
    } catch {
      return [];
    }
  });
  const mine = new Set(previous.map((e) => e.id));

  // Everything else the dataset knows: ids, alias keys, surnames of people.
  const built = buildDataset(ROOT);
  const others = built.entities.filter((b) => !mine.has(b.entity.id));
  const usedIds = new Set(others.map((b) => b.entity.id));
  const otherKeys = new Map<string, string>();
  for (const b of others) for (const a of b.aliases) otherKeys.set(foldKey(a.text), b.entity.id);
  const otherSurnames = new Set<string>();
  for (const b of others)
    if (b.entity.type === 'person') otherSurnames.add(foldKey(b.entity.name.split(/\s+/).at(-1) ?? ''));
  // A curated person by full name, and the holders other term files name.
  const personByName = new Map<string, string>();
  for (const b of others) {
    if (b.entity.type !== 'person') continue;
    personByName.set(foldKey(b.entity.name), b.entity.id);
  }
  for (const term of built.terms) {
    if (term.holder && !mine.has(term.holder) && !personByName.has(foldKey(term.holderName)))
      personByName.set(foldKey(term.holderName), term.holder);
  }
  for (const t of terms) {
    if (t.holder && !mine.has(t.holder)) continue;
    if (SEPARATE.has(t.holderName) || EXTRA[t.holderName]?.holder) continue;
    const id = personByName.get(foldKey(t.holderName));
    if (id && usedIds.has(id)) EXTRA[t.holderName] = { ...(EXTRA[t.holderName] ?? {}), holder: id };
  }
  const common = loadCommonWords();
  const nameLike = loadNameLikeWords();

  const groups = groupTerms(terms, mine, EXTRA);
  const surnamesOf = new Map<Group, string[]>();
  const surnameCount = new Map<string, number>();
  const firstNames = new Set<string>();
  const NO_SURNAME_COUNTRIES = new Set(['cn', 'kr', 'kp', 'vn', 'mm', 'kh', 'la']);
  for (const g of groups) {
    const name = g.extra.name ?? g.termName;
    const words = name.split(/\s+/);
    const cc = g.terms[0]!.officeOf.replace('place/country-', '');
    const royal = /\bbin\b|\bAl[- ]/.test(name);
    const isRegnal = REGNAL.test(name) || words.length < 2 || royal || NO_SURNAME_COUNTRIES.has(cc);
    const surnames = g.extra.surnames ?? (isRegnal || g.extra.holder ? [] : [words.at(-1)!]);
    surnamesOf.set(g, surnames);
    for (const s of surnames) surnameCount.set(foldKey(s), (surnameCount.get(foldKey(s)) ?? 0) + 1);
    if (words.length > 1) firstNames.add(foldKey(words[0]!));
  }

  const out: Record<Region, EntitySource[]> = { africa: [], asia: [] };
  const holderOf = new Map<TermSource, string>();
  const report: string[] = [];
  for (const g of groups) {
    if (g.extra.holder) {
      for (const t of g.terms) holderOf.set(t, g.extra.holder);
      report.push(`${g.termName}\tEXISTING\t${g.extra.holder}`);
      continue;
    }
    const name = g.extra.name ?? g.termName;
    const id = `person/${kebab(name)}`;
    if (usedIds.has(id)) throw new Error(`${id} is already used`);
    usedIds.add(id);
    const first = [...g.terms].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))[0]!;
    const cc = first.officeOf.replace('place/country-', '');
    const [region, adjective] = COUNTRY[cc] ?? (() => { throw new Error(`no region for ${cc}`); })(); // prettier-ignore
    const latest = [...g.terms].sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999'))[0]!;
    const monarchOffice = g.terms.some((t) => /^(King|Emir|Sultan|Emperor) of/.test(t.office));
    const subtype =
      g.extra.subtype ??
      (monarchOffice ? 'monarch' : (latest.kind as 'head-of-state' | 'head-of-government'));
    const royal = subtype === 'monarch' || /\bbin\b|\bAl[- ]/.test(name);

    const aliases: AliasSource[] = [];
    const seen = new Set([foldKey(name)]);
    const push = (a: AliasSource) => {
      const text = typeof a === 'string' ? a : a.text;
      const key = typeof a !== 'string' && a.caseSensitive ? `case:${text}` : foldKey(text);
      if (seen.has(key)) return;
      seen.add(key);
      aliases.push(a);
    };
    const plain = ascii(name);
    if (plain !== name) push(plain);
    for (const a of g.extra.aliases ?? []) {
      push(a);
      const text = typeof a === 'string' ? a : a.text;
      if (ascii(text) !== text && typeof a === 'string') push(ascii(text));
    }
    for (const s of surnamesOf.get(g)!) {
      const key = foldKey(s);
      const why = [
        g.extra.ambiguous && 'listed',
        common.has(key) && 'word',
        nameLike.has(key) && 'name-like',
        otherKeys.has(key) && `alias of ${otherKeys.get(key)}`,
        otherSurnames.has(key) && 'another person',
        (surnameCount.get(key) ?? 0) > 1 && 'shared',
        firstNames.has(key) && 'a first name here',
        COMMON_SURNAMES.has(key) && 'common surname',
      ].filter(Boolean);
      push(why.length ? { text: s, partial: true, ambiguous: true } : { text: s, partial: true });
      if (ascii(s) !== s)
        push(
          why.length ? { text: ascii(s), partial: true, ambiguous: true } : { text: ascii(s), partial: true },
        );
      report.push(`${id}\t${s}\t${why.join(', ') || '-'}`);
    }
    for (const a of aliases) {
      const text = typeof a === 'string' ? a : a.text;
      if (typeof a === 'string' && otherKeys.has(foldKey(text)))
        report.push(`${id}\tALIAS CLASH\t${text} also ${otherKeys.get(foldKey(text))}`);
    }
    if (otherKeys.has(foldKey(name)))
      report.push(`${id}\tNAME CLASH\t${name} also ${otherKeys.get(foldKey(name))}`);

    const opening =
      g.extra.opening ?? `${adjective} ${g.extra.noun ?? (royal ? 'royal' : 'politician')} who was`;
    const description = g.extra.description ?? describe(g, opening);
    const related = new Map<string, Set<string>>();
    for (const t of g.terms) {
      const kinds = related.get(t.officeOf) ?? new Set();
      kinds.add(t.kind === 'head-of-state' ? 'state' : 'government');
      related.set(t.officeOf, kinds);
    }
    const sources = new Map<string, { title: string; url: string }>();
    for (const t of g.terms) sources.set(t.source.url, { title: t.source.title, url: t.source.url });
    const wikipedia =
      g.extra.wikipedia === false
        ? null
        : (g.extra.wikipedia ?? (WIKI.has(name) ? name.replace(/ /g, '_') : null));
    out[region].push({
      id,
      type: 'person',
      subtype,
      name,
      aliases,
      description,
      facts: [],
      related: [...related.entries()].map(([rid, kinds]) => ({
        id: rid,
        relation: `former head of ${[...kinds].sort().reverse().join(' and ')} of`,
      })),
      sources: [...sources.values()],
      wikipedia,
    });
    for (const t of g.terms) holderOf.set(t, id);
  }

  const updated = files.map((ts) =>
    ts.map((t) => {
      const holder = holderOf.get(t);
      if (!holder) return t;
      const { office, officeOf, kind, holder: _old, ...rest } = t;
      return { office, officeOf, kind, holder, ...rest };
    }),
  );
  writeFileSync('/tmp/people-from-terms-africa-asia-report.tsv', report.join('\n') + '\n');
  console.log(
    REGIONS.map((r) => `${r}: ${out[r].length}`).join(', '),
    `; terms given a holder: ${holderOf.size}; report in /tmp/people-from-terms-africa-asia-report.tsv`,
  );
  if (dry) return;
  for (const r of REGIONS) writeFileSync(join(ROOT, outFile(r)), JSON.stringify(out[r], null, 2) + '\n');
  TERMS_FILES.forEach((f, i) => writeFileSync(f, JSON.stringify(updated[i], null, 2) + '\n'));
}

main();
