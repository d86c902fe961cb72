/**
 * One-off (#15, #11): a card for every past head of state or government that
 * `dataset/terms/heads-europe-americas-oceania.json` names without a curated holder.
 *
 *   npx tsx scripts/one-off/people-from-terms.ts [--dry]
 *
 * Writes `dataset/actors/former-heads-{europe,americas,oceania}.json` and sets `holder` in the
 * terms. Everything on a card comes from the terms (office, years, source); the only
 * hand-written input is the table below: a few names that differ from the term, spellings
 * known for sure, surnames, and Wikipedia titles left out when not certain. The
 * description is written from the terms; `role` is left to the build ("Former <office>
 * (<years>)"). A surname is partial, and also ambiguous when it is an English word, a
 * name-like word, an alias of any other entity, another person's surname, or listed here.
 * Re-running it regenerates the same people (terms whose holder is one of them are redone).
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

const TERMS_FILE = join(ROOT, 'dataset/terms/heads-europe-americas-oceania.json');
const REGIONS = ['europe', 'americas', 'oceania'] as const;
type Region = (typeof REGIONS)[number];
const outFile = (r: Region) => `dataset/actors/former-heads-${r}.json`;

/** Country code → [region, adjective]. */
const COUNTRY: Record<string, [Region, string]> = {
  ad: ['europe', 'Andorran'], al: ['europe', 'Albanian'], am: ['europe', 'Armenian'], at: ['europe', 'Austrian'],
  az: ['europe', 'Azerbaijani'], ba: ['europe', 'Bosnian'], be: ['europe', 'Belgian'], bg: ['europe', 'Bulgarian'],
  by: ['europe', 'Belarusian'], ch: ['europe', 'Swiss'], cy: ['europe', 'Cypriot'], cz: ['europe', 'Czech'],
  de: ['europe', 'German'], dk: ['europe', 'Danish'], ee: ['europe', 'Estonian'], es: ['europe', 'Spanish'],
  fi: ['europe', 'Finnish'], fr: ['europe', 'French'], gb: ['europe', 'British'], ge: ['europe', 'Georgian'],
  gr: ['europe', 'Greek'], hr: ['europe', 'Croatian'], hu: ['europe', 'Hungarian'], ie: ['europe', 'Irish'],
  is: ['europe', 'Icelandic'], it: ['europe', 'Italian'], li: ['europe', 'Liechtenstein'], lt: ['europe', 'Lithuanian'],
  lu: ['europe', 'Luxembourg'], lv: ['europe', 'Latvian'], mc: ['europe', 'Monegasque'], md: ['europe', 'Moldovan'],
  me: ['europe', 'Montenegrin'], mk: ['europe', 'Macedonian'], mt: ['europe', 'Maltese'], nl: ['europe', 'Dutch'],
  no: ['europe', 'Norwegian'], pl: ['europe', 'Polish'], pt: ['europe', 'Portuguese'], ro: ['europe', 'Romanian'],
  rs: ['europe', 'Serbian'], ru: ['europe', 'Russian'], se: ['europe', 'Swedish'], si: ['europe', 'Slovenian'],
  sk: ['europe', 'Slovak'], sm: ['europe', 'Sammarinese'], ua: ['europe', 'Ukrainian'], va: ['europe', 'Vatican'],
  ag: ['americas', 'Antiguan'], ar: ['americas', 'Argentine'], bb: ['americas', 'Barbadian'], bo: ['americas', 'Bolivian'],
  br: ['americas', 'Brazilian'], bs: ['americas', 'Bahamian'], bz: ['americas', 'Belizean'], ca: ['americas', 'Canadian'],
  cl: ['americas', 'Chilean'], co: ['americas', 'Colombian'], cr: ['americas', 'Costa Rican'], dm: ['americas', 'Dominican'],
  do: ['americas', 'Dominican'], ec: ['americas', 'Ecuadorian'], gd: ['americas', 'Grenadian'], gt: ['americas', 'Guatemalan'],
  gy: ['americas', 'Guyanese'], hn: ['americas', 'Honduran'], ht: ['americas', 'Haitian'], jm: ['americas', 'Jamaican'],
  kn: ['americas', 'Kittitian'], lc: ['americas', 'Saint Lucian'], mx: ['americas', 'Mexican'], ni: ['americas', 'Nicaraguan'],
  pa: ['americas', 'Panamanian'], pe: ['americas', 'Peruvian'], py: ['americas', 'Paraguayan'], sr: ['americas', 'Surinamese'],
  sv: ['americas', 'Salvadoran'], tt: ['americas', 'Trinidadian'], uy: ['americas', 'Uruguayan'], vc: ['americas', 'Vincentian'],
  au: ['oceania', 'Australian'], fj: ['oceania', 'Fijian'], fm: ['oceania', 'Micronesian'], ki: ['oceania', 'I-Kiribati'],
  mh: ['oceania', 'Marshallese'], nr: ['oceania', 'Nauruan'], nz: ['oceania', 'New Zealand'], pg: ['oceania', 'Papua New Guinean'],
  pw: ['oceania', 'Palauan'], sb: ['oceania', 'Solomon Islands'], to: ['oceania', 'Tongan'], tv: ['oceania', 'Tuvaluan'],
  vu: ['oceania', 'Ni-Vanuatu'], ws: ['oceania', 'Samoan'],
}; // prettier-ignore

const NO_WIKI = { wikipedia: false } as const;

/** Hand-checked extras, keyed by the term's holderName. */
const EXTRA: Record<string, Extra> = {
  // Same person as the curated King of Tonga: as Crown Prince ʻUlukalala Lavaka Ata he was prime minister.
  'Lavaka ata Ulukalala': { holder: 'person/tupou-vi' },
  // Two Latvians of the same name: the president (2011–2015) and the prime minister (2000–2002).
  'Andris Bērziņš': { kinds: ['head-of-state'], ambiguous: true, wikipedia: false },
  'Elizabeth II': {
    subtype: 'monarch',
    aliases: ['Queen Elizabeth II'],
    surnames: [],
    description:
      'British queen who was Monarch of the United Kingdom from 1952 to 2022 and, during her reign, also monarch of 15 other states, among them Canada, Australia and New Zealand.',
  },
  'Albert II of Belgium': { subtype: 'monarch', aliases: ['King Albert II', amb('Albert II')], surnames: [], noun: 'monarch' },
  'Beatrix of the Netherlands': { subtype: 'monarch', aliases: ['Queen Beatrix'], surnames: [], description: 'Dutch monarch who reigned as Queen of the Netherlands from 1980 to 2013.' },
  'Margrethe II': { subtype: 'monarch', aliases: ['Queen Margrethe II', 'Margrethe II of Denmark', 'Queen Margrethe'], surnames: [], description: 'Danish monarch who reigned as Queen of Denmark from 1972 to 2024.' },
  'Juan Carlos I': { subtype: 'monarch', aliases: ['King Juan Carlos', 'Juan Carlos I of Spain'], surnames: [], description: 'Spanish monarch who reigned as King of Spain from 1975 to 2014.' },
  'Jean, Grand Duke of Luxembourg': { subtype: 'monarch', aliases: ['Grand Duke Jean'], surnames: [], noun: 'monarch' },
  'Rainier III': { subtype: 'monarch', aliases: ['Prince Rainier III', 'Rainier III, Prince of Monaco', 'Prince Rainier'], surnames: [], wikipedia: 'Rainier_III,_Prince_of_Monaco', noun: 'monarch' },
  'Tāufaʻāhau Tupou IV': { subtype: 'monarch', aliases: ['King Tāufaʻāhau Tupou IV', 'Tupou IV', 'King Tupou IV'], surnames: [], description: 'Tongan monarch who reigned as King of Tonga from 1965 to 2006.' },
  'George Tupou V': { subtype: 'monarch', aliases: ['King George Tupou V', 'Tupou V'], surnames: [], description: 'Tongan monarch who reigned as King of Tonga from 2006 to 2012.' },
  'Malietoa Tanumafili II': { surnames: [], noun: 'paramount chief' },
  'Tui Atua Tupua Tamasese Efi': { surnames: [], noun: 'chief and politician' },
  'John Paul II': { name: 'Pope John Paul II', subtype: 'monarch', aliases: ['John Paul II', 'Karol Wojtyła'], surnames: [], wikipedia: 'Pope_John_Paul_II', description: 'Pope of the Catholic Church from 1978 to 2005, and with it Sovereign of the Vatican City State.' },
  'Benedict XVI': { name: 'Pope Benedict XVI', subtype: 'monarch', aliases: ['Benedict XVI', 'Joseph Ratzinger'], surnames: [], wikipedia: 'Pope_Benedict_XVI', description: 'Pope of the Catholic Church from 2005 to 2013, and with it Sovereign of the Vatican City State.' },
  Francis: { name: 'Pope Francis', subtype: 'monarch', aliases: ['Jorge Mario Bergoglio', 'Jorge Bergoglio'], surnames: [], wikipedia: 'Pope_Francis', description: 'Pope of the Catholic Church from 2013 to 2025, and with it Sovereign of the Vatican City State.' },
  'Angelo Sodano': { opening: 'Catholic cardinal who was' },
  'Tarcisio Bertone': { opening: 'Catholic cardinal who was' },
  'Joan Martí Alanis': { opening: 'Catholic bishop who was', surnames: ['Martí Alanis'], ...NO_WIKI },
  'Joan Enric Vives i Sicília': { opening: 'Catholic bishop who was', aliases: ['Joan Enric Vives'], surnames: ['Vives'], ...NO_WIKI },
  'François Hollande': {
    description: 'French politician who was President of France from 2012 to 2017, and with that office French Co-Prince of Andorra.',
  },
  'Simeon Sakskoburggotski': { aliases: ['Simeon Saxe-Coburg-Gotha', 'Simeon II'], surnames: ['Saxe-Coburg-Gotha'], wikipedia: 'Simeon_Saxe-Coburg-Gotha' },
  // Spellings and surnames.
  'Marc Forné Molné': { surnames: ['Forné'] },
  'Herman Van Rompuy': { surnames: ['Van Rompuy'] },
  'Elio Di Rupo': { surnames: ['Di Rupo'] },
  'Alexander De Croo': { surnames: ['De Croo'] },
  'Dominique de Villepin': { surnames: ['de Villepin', 'Villepin'] },
  'Guido de Marco': { surnames: ['de Marco'], ambiguous: true },
  "Massimo D'Alema": { surnames: ["D'Alema"] },
  'Carlo Azeglio Ciampi': { aliases: ['Carlo Ciampi'], surnames: ['Ciampi'] },
  'Toomas Hendrik Ilves': { aliases: ['Toomas Ilves'] },
  'Poul Nyrup Rasmussen': { surnames: ['Nyrup Rasmussen', 'Rasmussen'], ambiguous: true },
  'Anders Fogh Rasmussen': { surnames: ['Fogh Rasmussen', 'Rasmussen'], ambiguous: true },
  'Lars Løkke Rasmussen': { surnames: ['Løkke Rasmussen', 'Rasmussen'], ambiguous: true },
  'Guðni Th. Jóhannesson': { aliases: ['Guðni Jóhannesson'] },
  'Ólafur Ragnar Grímsson': { ambiguous: true },
  'Davíð Oddsson': { ambiguous: true },
  'Halldór Ásgrímsson': { ambiguous: true },
  'Jóhanna Sigurðardóttir': { ambiguous: true },
  'Sigmundur Davíð Gunnlaugsson': { ambiguous: true },
  'Sigurður Ingi Jóhannsson': { ambiguous: true },
  // Namesake of an earlier prime minister (1963–1970).
  'Bjarni Benediktsson': { ambiguous: true, ...NO_WIKI },
  'Katrín Jakobsdóttir': { ambiguous: true },
  'Eddie Fenech Adami': { surnames: ['Fenech Adami'] },
  'Marie-Louise Coleiro Preca': { surnames: ['Coleiro Preca'] },
  'Slavica Đukić Dejanović': { surnames: ['Đukić Dejanović'] },
  'Călin Popescu-Tăriceanu': { surnames: ['Popescu-Tăriceanu', 'Tăriceanu'] },
  'Mihai Răzvan Ungureanu': { surnames: ['Ungureanu'], ambiguous: true },
  'José Manuel Durão Barroso': { aliases: ['José Manuel Barroso'], surnames: ['Durão Barroso', 'Barroso'], wikipedia: 'José_Manuel_Barroso' },
  'Aníbal Cavaco Silva': { surnames: ['Cavaco Silva'] },
  'Pedro Santana Lopes': { surnames: ['Santana Lopes'] },
  'Pedro Passos Coelho': { surnames: ['Passos Coelho'] },
  'José Luis Rodríguez Zapatero': { surnames: ['Rodríguez Zapatero', 'Zapatero'] },
  'Hans-Rudolf Merz': { ambiguous: true },
  // Judges, economists and an engineer called on as heads of state or caretaker heads of government.
  'Katerina Sakellaropoulou': { noun: 'jurist' },
  'Vassiliki Thanou-Christophilou': { noun: 'jurist', surnames: ['Thanou-Christophilou', 'Thanou'] },
  'Ioannis Sarmas': { noun: 'jurist' },
  'Panagiotis Pikrammenos': { noun: 'jurist' },
  'Brigitte Bierlein': { noun: 'jurist' },
  'Lucas Papademos': { noun: 'economist' },
  'Mugur Isărescu': { noun: 'economist' },
  'Anthony Carmona': { noun: 'jurist' },
  'Paula-Mae Weekes': { noun: 'jurist' },
  'George Maxwell Richards': { noun: 'engineer', ambiguous: true },
  'Matteo Rossi': { ambiguous: true, ...NO_WIKI },
  'Lorenzo Bugli': NO_WIKI,
  'Mario Frick': NO_WIKI,
  'Jan Fischer': NO_WIKI,
  'Predrag Marković': NO_WIKI,
  'Zoran Živković': NO_WIKI,
  'Michel Roger': NO_WIKI,
  'Aram Sargsyan': NO_WIKI,
  'Andrés Pastrana': NO_WIKI,
  'Iván Duque': NO_WIKI,
  'Nicanor Duarte': NO_WIKI,
  'Antonio Saca': NO_WIKI,
  'Milo Đukanović': { surnames: ['Đukanović'] },
  // The Americas.
  'Cristina Fernández de Kirchner': { aliases: ['Cristina Kirchner'], surnames: ['Fernández de Kirchner', 'Kirchner'], ambiguous: true },
  'Néstor Kirchner': { ambiguous: true },
  'Fernando de la Rúa': { surnames: ['de la Rúa'] },
  'Adolfo Rodríguez Saá': { surnames: ['Rodríguez Saá'] },
  'Gonzalo Sánchez de Lozada': { surnames: ['Sánchez de Lozada'] },
  'Eduardo Rodríguez Veltzé': { surnames: ['Rodríguez Veltzé'] },
  'Fernando Henrique Cardoso': { ambiguous: true },
  'Eduardo Frei Ruiz-Tagle': { surnames: ['Frei'], ambiguous: true },
  'Carlos Alvarado Quesada': { aliases: [amb('Carlos Alvarado')], surnames: ['Alvarado'], ambiguous: true },
  'Luis Guillermo Solís': { surnames: ['Solís'], ambiguous: true },
  'Miguel Ángel Rodríguez': { ambiguous: true, ...NO_WIKI },
  'Otto Pérez Molina': { surnames: ['Pérez Molina'] },
  'Salvador Sánchez Cerén': { surnames: ['Sánchez Cerén'] },
  'Francisco Flores': { ambiguous: true, ...NO_WIKI },
  'Carlos Roberto Flores': { ambiguous: true },
  'Alejandro Maldonado': { ambiguous: true, ...NO_WIKI },
  'Juan Orlando Hernández': { ambiguous: true },
  'Porfirio Lobo': NO_WIKI,
  'Enrique Peña Nieto': { surnames: ['Peña Nieto'] },
  'Andrés Manuel López Obrador': { aliases: [{ text: 'AMLO', caseSensitive: true }], surnames: ['López Obrador'] },
  'Mario Abdo Benítez': { aliases: ['Mario Abdo'], surnames: ['Abdo Benítez'] },
  'Luis González Macchi': { surnames: ['González Macchi'] },
  'Pedro Pablo Kuczynski': { aliases: [{ text: 'PPK', caseSensitive: true }] },
  'Julio María Sanguinetti': { aliases: ['Julio Sanguinetti'] },
  'Luis Lacalle Pou': { surnames: ['Lacalle Pou'] },
  'Arthur N. R. Robinson': { aliases: ['A. N. R. Robinson'], surnames: ['Robinson'], ambiguous: true, ...NO_WIKI },
  'P. J. Patterson': { aliases: ['P.J. Patterson'] },
  'Portia Simpson-Miller': { surnames: ['Simpson-Miller'] },
  'David Thompson': { ambiguous: true, ...NO_WIKI },
  'James Mitchell': { ambiguous: true, ...NO_WIKI },
  'Stuart Young': { ambiguous: true, ...NO_WIKI },
  'Pierre Charles': { ambiguous: true, ...NO_WIKI },
  'Claude Joseph': { ambiguous: true, ...NO_WIKI },
  'Evans Paul': { ambiguous: true },
  'Jean Marie Chérestal': { aliases: ['Jean-Marie Chérestal'], ...NO_WIKI },
  'Edgard Leblanc Fils': { surnames: ['Leblanc Fils'] },
  'Michel Patrick Boisvert': { surnames: ['Boisvert'] },
  // Oceania.
  'Tommy Remengesau': { aliases: ['Tommy Remengesau Jr.'], ambiguous: true, ...NO_WIKI },
  'Manny Mori': { aliases: ['Emanuel Mori'], ambiguous: true },
  'Peter Christian': { ambiguous: true, ...NO_WIKI },
  "Peter O'Neill": { ambiguous: true, ...NO_WIKI },
  'David Kabua': { ambiguous: true },
  'Frank Bainimarama': { aliases: ['Voreqe Bainimarama'] },
  'Josefa Iloilo': { aliases: ['Ratu Josefa Iloilo'], ambiguous: true },
  'Epeli Nailatikau': { aliases: ['Ratu Epeli Nailatikau'] },
  'Wiliame Katonivere': { aliases: ['Ratu Wiliame Katonivere'] },
  'Tuilaepa Sailele Malielegaoi': { surnames: ['Tuilaepa'] },
  'Moana Carcasses Kalosil': { aliases: ['Moana Carcasses'], surnames: ['Carcasses', 'Kalosil'], ambiguous: true },
  'Tallis Obed Moses': { surnames: ['Moses'], ambiguous: true },
  'Ham Lini': { ambiguous: true },
  'Rick Houenipwela': { aliases: ['Rick Hou'] },
  'Gordon Darcy Lilo': { surnames: ['Lilo'], ambiguous: true },
  'Lord Tuʻivakanō': { surnames: ['Tuʻivakanō'] },
  'ʻAkilisi Pōhiva': { ambiguous: true },
  'Teburoro Tito': { ambiguous: true },
  'Anote Tong': { ambiguous: true },
  'Kessai Note': { ambiguous: true },
  'Marcus Stephen': { ambiguous: true },
  'Russ Kun': { ambiguous: true },
  'Kuniwo Nakamura': { ambiguous: true },
  'Ionatana Ionatana': { ambiguous: true },
}; // prettier-ignore

/** Very common surnames in the news of these countries, linked only beside the full name. */
const COMMON_SURNAMES = new Set(
  'garcía fernández rodríguez sánchez morales flores hernández martínez gonzález pérez lópez díaz ramírez torres vázquez gutiérrez mejía medina castillo moreno lagos correa franco toledo duarte lobo varela colom berger palacio king harris anthony james charles paul williams douglas thomas mitchell thompson martin howard clark young bird spencer stuart arthur christie manning shaw compton granger henry joseph alexis kern fischer schmid maurer conte amato monti kenny gross nano meta ling filip boc ponta costa silva vives martí klima mammadov jović matić stoyanov petkov ivanov yanev papadopoulos samaras philippe novák rau rinne vella ratas frick kok persson andersson lupu nikolić marjanović živković cvetković schuster leclercq proust puerta arias pacheco duque portillo hinds alexandre lapin merino alemán cartes luka trudeau papandreou karamanlis calderón napolitano solberg cassis moïse lamothe jean-charles boisvert zelaya golding rowley eustace savarin scotty lonsdale stephanopoulos jóhannesson constantinescu năstase milutinović vučević ingraham torrijos martinelli simonyan margaryan karapetyan köhler'.split(
    ' ',
  ),
);

function main(): void {
  const dry = process.argv.includes('--dry');
  const terms = JSON.parse(readFileSync(TERMS_FILE, 'utf8')) as TermSource[];
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
  const common = loadCommonWords();
  const nameLike = loadNameLikeWords();

  const groups = groupTerms(terms, mine, EXTRA);
  const surnamesOf = new Map<Group, string[]>();
  const surnameCount = new Map<string, number>();
  const firstNames = new Set<string>();
  for (const g of groups) {
    const name = g.extra.name ?? g.termName;
    const words = name.split(/\s+/);
    const isRegnal = REGNAL.test(name) || words.length < 2;
    const surnames = g.extra.surnames ?? (isRegnal || g.extra.holder ? [] : [words.at(-1)!]);
    surnamesOf.set(g, surnames);
    for (const s of surnames) surnameCount.set(foldKey(s), (surnameCount.get(foldKey(s)) ?? 0) + 1);
    if (words.length > 1) firstNames.add(foldKey(words[0]!));
  }

  const out: Record<Region, EntitySource[]> = { europe: [], americas: [], oceania: [] };
  const holderOf = new Map<TermSource, string>();
  const report: string[] = [];
  for (const g of groups) {
    if (g.extra.holder) {
      for (const t of g.terms) holderOf.set(t, g.extra.holder);
      continue;
    }
    const name = g.extra.name ?? g.termName;
    const id = `person/${kebab(g.key.includes('#') ? `${g.termName} prime minister` : name)}`;
    if (usedIds.has(id)) throw new Error(`${id} is already used`);
    usedIds.add(id);
    const first = [...g.terms].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))[0]!;
    const cc = first.officeOf.replace('place/country-', '');
    const [region, adjective] = COUNTRY[cc] ?? (() => { throw new Error(`no region for ${cc}`); })(); // prettier-ignore
    const latest = [...g.terms].sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999'))[0]!;
    const subtype = g.extra.subtype ?? (latest.kind as 'head-of-state' | 'head-of-government');

    const aliases: AliasSource[] = [];
    const seen = new Set([foldKey(name)]);
    const push = (a: AliasSource) => {
      const text = typeof a === 'string' ? a : a.text;
      const key = typeof a !== 'string' && a.caseSensitive ? `case:${text}` : foldKey(text);
      if (seen.has(key)) return;
      seen.add(key);
      aliases.push(a);
    };
    // The name without diacritics, even where matching folds them anyway (search and display).
    const plain = ascii(name);
    if (plain !== name) {
      aliases.push(plain);
      seen.add(foldKey(plain));
    }
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
        COMMON_SURNAMES.has(s.toLowerCase()) && 'common surname',
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

    const opening = g.extra.opening ?? `${adjective} ${g.extra.noun ?? 'politician'} who was`;
    const description = g.extra.description ?? describe(g, opening);
    const related = new Map<string, Set<string>>();
    for (const t of g.terms) {
      const kinds = related.get(t.officeOf) ?? new Set();
      kinds.add(t.kind === 'head-of-state' ? 'state' : 'government');
      related.set(t.officeOf, kinds);
    }
    const sources = new Map<string, { title: string; url: string }>();
    for (const t of g.terms) sources.set(t.source.url, { title: t.source.title, url: t.source.url });
    const wikipedia = g.extra.wikipedia === false ? null : (g.extra.wikipedia ?? name.replace(/ /g, '_'));
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

  const updated = terms.map((t) => {
    const holder = holderOf.get(t);
    if (!holder) return t;
    const { office, officeOf, kind, holder: _old, ...rest } = t;
    return { office, officeOf, kind, holder, ...rest };
  });
  writeFileSync('/tmp/people-from-terms-report.tsv', report.join('\n') + '\n');
  console.log(
    REGIONS.map((r) => `${r}: ${out[r].length}`).join(', '),
    `; terms given a holder: ${holderOf.size}; report in /tmp/people-from-terms-report.tsv`,
  );
  if (dry) return;
  for (const r of REGIONS) writeFileSync(join(ROOT, outFile(r)), JSON.stringify(out[r], null, 2) + '\n');
  writeFileSync(TERMS_FILE, JSON.stringify(updated, null, 2) + '\n');
}

main();
