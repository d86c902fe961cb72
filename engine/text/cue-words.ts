/**
 * The word lists behind the cues, each tied to its bit in token-flags.ts. The
 * tokeniser tags every word token of ASCII letters with the lists it belongs to,
 * through a small hash table filled here once, so no cue looks a word up again.
 */
import {
  T_CALENDAR,
  T_DIVISION_KIND,
  T_FEATURE_KIND,
  T_KEEPS_PLACE,
  T_KEEPS_PLACE_OF,
  T_LOCATIVE,
  T_NOT_AN_OFFICE,
  T_ORG_AFTER,
  T_ORG_BEFORE,
  T_PUBLICATION,
  T_QUALIFIER,
  T_SETTLEMENT_KIND,
  T_SPORT_NAME,
  T_SPORTS_TERM,
  T_TITLE,
} from './token-flags.ts';

const LISTS: [number, string][] = [
  // "at" and "to" are left out: fixtures read "Kansas City at Detroit".
  [T_LOCATIVE, 'in from near outside inside across around into'],
  [
    T_TITLE,
    'mr mrs ms dr sir dame lord lady president vice prime minister chancellor premier king queen prince princess ' +
      'emir sheikh sheik mullah maulana imam ayatollah general gen lt col colonel major captain admiral marshal ' +
      'commander senator sen rep representative governor gov mayor judge justice secretary ambassador envoy ' +
      'pope cardinal bishop archbishop chairman chair director chief spokesman spokeswoman former late',
  ],
  // "Western Niger", "Greater Kabul": not parts of an unknown name.
  [
    T_QUALIFIER,
    'north south east west northern southern eastern western central northeast northwest southeast southwest ' +
      'north-east north-west south-east south-west upper lower greater inner outer old new rural urban coastal',
  ],
  // Capitalised mid-sentence: "in Kabul Monday" still names Kabul, and no common-word
  // guard catches "March" or "Friday".
  [
    T_CALENDAR,
    'january february march april may june july august september october november december ' +
      'monday tuesday wednesday thursday friday saturday sunday',
  ],
  [
    T_SPORTS_TERM,
    'innings wicket wickets batsman batsmen bowler bowled bowling cricket goal goals striker midfielder ' +
      'goalkeeper keeper defender winger penalty penalties league cup tournament championship championships ' +
      'semifinal semi-final semifinals quarterfinal quarter-final quarterfinals final finals seeded seed birdie ' +
      'birdies bogey bogeys par round rounds pitcher inning homer homers try tries nba nfl nhl mlb olympic ' +
      'olympics sprint marathon prix race races lap laps match matches beat beats beaten drew draw draws ' +
      'defeated defeat victory win wins won lost unbeaten scored score scores scorer scoreline coach manager ' +
      'squad fixture fixtures standings season points club clubs played playing player players title champion ' +
      'champions runs runner-up kicked kick minute minutes half halftime half-time referee substitute header ' +
      'equaliser equalizer qualifier qualifiers qualifying team teams fans stadium captain medal medals ' +
      'stage overtime touchdown quarterback',
  ],
  // Reports open with the sport's name: it counts for more.
  [
    T_SPORT_NAME,
    'soccer football cricket tennis golf baseball rugby basketball hockey athletics cycling boxing motorsport skiing',
  ],
  // Always make an organisation of the place before them ("Jakarta Post", "Newcastle United").
  [
    T_ORG_AFTER,
    'international group corp corporation inc ltd plc co company holdings bank airlines airways motors ' +
      'university college institute foundation post times daily herald tribune journal gazette news telegraph ' +
      'stock exchange mercantile cotton film festival united rovers athletic wanderers fc city town county ' +
      'club football cricket rugby hockey baseball treasury department embassy open ' +
      'airport airfield stadium hospital hotel prison academy school tower bridge square memorial palace ' +
      'avenue boulevard',
  ],
  // "Real Madrid", "FC Barcelona", "Hurricane Harvey": a club or a storm, not the place.
  [T_ORG_BEFORE, 'air radio royal bank real sporting atletico dynamo fc afc hurricane typhoon cyclone storm'],
  // Its kind of division ("Kandahar Province") or the offices of its people ("Iraq Foreign Minister").
  [
    T_KEEPS_PLACE,
    'province provinces district districts region regions state governorate oblast prefecture municipality ' +
      'territory territories area border borders valley basin coast peninsula highlands ' +
      'foreign defence defense interior deputy acting special senior top opposition',
  ],
  // "Republic of Ireland", "President of France".
  [
    T_KEEPS_PLACE_OF,
    'republic kingdom state states government people peoples emirate sultanate federation commonwealth territory capital',
  ],
  // "the Kherson region", "Donetsk and Luhansk oblasts", "the province of Kandahar".
  [
    T_DIVISION_KIND,
    'region regions oblast oblasts governorate governorates province provinces state states district districts ' +
      'prefecture prefectures raion raions department departments wilaya wilayat muhafazah',
  ],
  // "Kherson city", "the city of Idlib".
  [T_SETTLEMENT_KIND, 'city town'],
  // "the Euphrates River", "the Dnieper River", "Lake Chad" is its own name.
  [
    T_FEATURE_KIND,
    'river sea lake mountains range desert gulf strait valley basin delta plateau peninsula bay channel ocean',
  ],
  // "the official newspaper Granma".
  [T_PUBLICATION, 'newspaper daily weekly magazine tabloid paper'],
  // "Former Clinton" picks no one.
  [T_NOT_AN_OFFICE, 'former late chief chair director'],
];

/** Lower-case word → its cue bits. */
export const CUE_WORDS = new Map<string, number>();
for (const [bit, words] of LISTS) {
  for (const w of words.split(' ')) CUE_WORDS.set(w, (CUE_WORDS.get(w) ?? 0) | bit);
}

/** The cue bits of a lower-case word or compound ("north-east"), 0 when it is on no list. */
export const cueBits = (lower: string): number => CUE_WORDS.get(lower) ?? 0;

// The tokeniser's table: open addressing over a multiplicative hash of the lower-case
// letters, so a word costs a multiply per letter and one probe, with no string made.
const SLOTS = 2048;
const MASK = SLOTS - 1;
const slotHash = new Int32Array(SLOTS);
const slotWord: string[] = new Array<string>(SLOTS).fill('');
const slotBits = new Int32Array(SLOTS);

/** Hash step over one lower-case ASCII letter; the tokeniser inlines the same step. */
export const cueHashStep = (h: number, lowerCode: number): number => (Math.imul(h, 31) + lowerCode) | 0;
export const CUE_HASH_SEED = 7;

for (const [w, bits] of CUE_WORDS) {
  if (!/^[a-z]+$/.test(w)) continue; // compounds are looked up by string
  let h = CUE_HASH_SEED;
  for (let i = 0; i < w.length; i++) h = cueHashStep(h, w.charCodeAt(i));
  let s = h & MASK;
  while (slotWord[s]) s = (s + 1) & MASK;
  slotHash[s] = h;
  slotWord[s] = w;
  slotBits[s] = bits;
}

/** Cue bits of the ASCII-letter word text[start, end) hashed to `h`, compared case-blind. */
export function cueBitsAt(text: string, start: number, end: number, h: number): number {
  for (let s = h & MASK; slotWord[s]; s = (s + 1) & MASK) {
    if (slotHash[s] !== h) continue;
    const w = slotWord[s]!;
    if (w.length !== end - start) continue;
    let i = 0;
    while (i < w.length && (text.charCodeAt(start + i) | 0x20) === w.charCodeAt(i)) i++;
    if (i === w.length) return slotBits[s]!;
  }
  return 0;
}
