/**
 * One-off import: the presidents and vice presidents of the United States, from the
 * public-domain (CC0) `unitedstates/congress-legislators` project (executive.yaml), as
 * curated people with their terms of office.
 *
 *   npx tsx scripts/import-us-executive.ts --from <executive.yaml> --commit <sha> --date <YYYY-MM-DD>
 *     trims the project's file to the fields used into dataset/sources/us-congress/executive.json (committed);
 *   npx tsx scripts/import-us-executive.ts
 *     rewrites dataset/actors/us-executive.json and dataset/terms/us-executive.json from it.
 *
 * Reproducible from the committed input alone. The name as commonly written, short forms
 * and a few hand-written words for the best-known are ours (PEOPLE below, by GovTrack id);
 * ordinal numbers, party, years and birth dates come from the data. People already curated
 * elsewhere (PEOPLE[..].existing) get no new entity, only the terms no other file gives.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { foldKey } from '../engine/text/fold.ts';
import { ROOT } from './lib/artefacts.ts';

const DIR = join(ROOT, 'dataset/sources/us-congress');
const INPUT = join(DIR, 'executive.json');
const OUT_ACTORS = join(ROOT, 'dataset/actors/us-executive.json');
const OUT_TERMS = join(ROOT, 'dataset/terms/us-executive.json');
const US = 'place/country-us';

interface ExecTerm {
  type: 'prez' | 'viceprez';
  start: string;
  end: string;
  party: string;
}
interface Executive {
  id: { govtrack: number; bioguide?: string; wikipedia?: string; wikidata?: string };
  name: {
    first: string;
    middle?: string;
    last: string;
    suffix?: string;
    nickname?: string;
    official_full?: string;
  };
  bio: { birthday?: string };
  terms: ExecTerm[];
}

type Alias = string | { text: string; caseSensitive?: boolean; ambiguous?: boolean; partial?: boolean };
interface Curated {
  /** The name as commonly written. */
  name?: string;
  /** An entity already curated in another file: only missing terms are written, held by it. */
  existing?: string;
  aliases?: Alias[];
  /** A short factual clause: "… <phrase>." */
  phrase?: string;
}
const surname = (text: string): Alias => ({ text, partial: true, ambiguous: true });
const cs = (text: string, ambiguous = false): Alias => ({
  text,
  caseSensitive: true,
  ...(ambiguous ? { ambiguous } : {}),
});

/**
 * Our part, by GovTrack id. Bare surnames only where the surname is neither a common word,
 * a first name, a place nor shared by another well-known figure (none for Washington,
 * Lincoln, Polk, Taft, Hoover…).
 */
const PEOPLE: Record<number, Curated> = {
  411351: {
    name: 'George Washington',
    phrase:
      'He commanded the Continental Army in the War of Independence and chaired the 1787 Constitutional Convention',
  },
  400699: { name: 'John Adams' },
  405974: {
    name: 'Thomas Jefferson',
    phrase: 'He was the principal author of the Declaration of Independence',
  },
  402077: { name: 'Aaron Burr' },
  412587: { name: 'George Clinton' },
  404507: { name: 'Elbridge Gerry' },
  407071: { name: 'James Madison' },
  412588: { name: 'Daniel D. Tompkins' },
  407829: { name: 'James Monroe' },
  400702: { name: 'John Quincy Adams' },
  402205: { name: 'John C. Calhoun' },
  405913: { name: 'Andrew Jackson' },
  406067: { name: 'Richard M. Johnson' },
  411074: { name: 'Martin Van Buren' },
  405153: { name: 'William Henry Harrison' },
  411018: { name: 'John Tyler' },
  403154: { name: 'George M. Dallas' },
  408802: { name: 'James K. Polk' },
  412344: { name: 'Zachary Taylor' },
  404072: { name: 'Millard Fillmore' },
  406377: { name: 'William R. King' },
  408730: { name: 'Franklin Pierce' },
  401746: { name: 'John C. Breckinridge' },
  401954: { name: 'James Buchanan' },
  405003: { name: 'Hannibal Hamlin' },
  406807: {
    name: 'Abraham Lincoln',
    aliases: ['Abe Lincoln'],
    phrase:
      'He led the Union through the Civil War, issued the Emancipation Proclamation and was assassinated in April 1865',
  },
  406017: { name: 'Andrew Johnson' },
  402755: { name: 'Schuyler Colfax' },
  411739: { name: 'Henry Wilson' },
  412350: {
    name: 'Ulysses S. Grant',
    phrase: 'He had commanded the Union armies in the last years of the Civil War',
  },
  411503: { name: 'William A. Wheeler' },
  405261: { name: 'Rutherford B. Hayes' },
  404436: { name: 'James A. Garfield' },
  400945: { name: 'Chester A. Arthur' },
  405356: { name: 'Thomas A. Hendricks' },
  407985: { name: 'Levi P. Morton' },
  405139: { name: 'Benjamin Harrison' },
  410350: { name: 'Adlai E. Stevenson' },
  412354: { name: 'Grover Cleveland' },
  412589: { name: 'Garret Hobart' },
  407515: { name: 'William McKinley' },
  403965: { name: 'Charles W. Fairbanks' },
  409394: { name: 'Theodore Roosevelt', aliases: ['Teddy Roosevelt'] },
  409841: { name: 'James S. Sherman' },
  412359: { name: 'William Howard Taft' },
  412590: { name: 'Thomas R. Marshall' },
  412360: { name: 'Woodrow Wilson' },
  405073: { name: 'Warren G. Harding' },
  412591: { name: 'Charles G. Dawes' },
  402859: { name: 'Calvin Coolidge', aliases: [surname('Coolidge')] },
  403115: { name: 'Charles Curtis' },
  412363: { name: 'Herbert Hoover' },
  404446: { name: 'John Nance Garner' },
  412592: { name: 'Henry A. Wallace' },
  412364: {
    name: 'Franklin D. Roosevelt',
    aliases: ['Franklin Roosevelt', cs('FDR')],
    phrase:
      'He led the country through the Great Depression and most of the Second World War and is the only president elected four times',
  },
  401146: { name: 'Alben W. Barkley' },
  410956: {
    name: 'Harry S. Truman',
    aliases: ['Harry Truman', surname('Truman')],
    phrase: 'He took office on the death of Franklin D. Roosevelt in 1945',
  },
  412366: {
    name: 'Dwight D. Eisenhower',
    aliases: ['Dwight Eisenhower', surname('Eisenhower')],
    phrase: 'He had been the Supreme Allied Commander in Europe in the Second World War',
  },
  406274: {
    name: 'John F. Kennedy',
    aliases: [cs('JFK')],
    phrase: 'He was assassinated in Dallas in November 1963',
  },
  405797: { name: 'Hubert Humphrey' },
  406058: { name: 'Lyndon B. Johnson', aliases: ['Lyndon Johnson', cs('LBJ')] },
  412593: { name: 'Spiro Agnew', aliases: [surname('Agnew')] },
  408200: {
    name: 'Richard Nixon',
    aliases: ['Richard M. Nixon', surname('Nixon')],
    phrase: 'He is the only president to have resigned, in August 1974 over the Watergate scandal',
  },
  404212: { name: 'Gerald Ford', aliases: ['Gerald R. Ford'] },
  412594: { name: 'Nelson Rockefeller' },
  407824: { name: 'Walter Mondale', aliases: [surname('Mondale')] },
  412371: { existing: 'person/jimmy-carter' },
  412372: { existing: 'person/ronald-reagan' },
  408970: { name: 'Dan Quayle', aliases: [surname('Quayle')] },
  402108: { existing: 'person/george-h-w-bush' },
  404679: { name: 'Al Gore' },
  412374: { existing: 'person/bill-clinton' },
  402484: { existing: 'person/dick-cheney' },
  412375: { existing: 'person/george-w-bush' },
  300008: { existing: 'person/joe-biden' },
  400629: { existing: 'person/barack-obama' },
  400315: { existing: 'person/mike-pence' },
  412733: { existing: 'person/donald-trump' },
  412678: { existing: 'person/kamala-harris' },
  456876: { existing: 'person/jd-vance' },
};

const PARTY_IDS: Record<string, string> = {
  Democrat: 'organization/democratic-party-united-states',
  Republican: 'organization/republican-party-united-states',
};
const PARTY_ADJECTIVE: Record<string, string> = {
  Democrat: 'Democratic',
  Republican: 'Republican',
  Whig: 'Whig',
  Federalist: 'Federalist',
  'Democratic-Republican': 'Democratic-Republican',
};
const OFFICE = { prez: 'President of the United States', viceprez: 'Vice President of the United States' };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function trim(yamlPath: string, commit: string, date: string): void {
  const raw = load(readFileSync(yamlPath, 'utf8')) as Executive[];
  const people: Executive[] = raw.map((r) => ({
    id: {
      govtrack: r.id.govtrack,
      bioguide: r.id.bioguide,
      wikipedia: r.id.wikipedia,
      wikidata: r.id.wikidata,
    },
    name: {
      first: r.name.first,
      middle: r.name.middle,
      last: r.name.last,
      suffix: r.name.suffix,
      nickname: r.name.nickname,
      official_full: r.name.official_full,
    },
    bio: { birthday: r.bio?.birthday },
    terms: r.terms.map((t) => ({ type: t.type, start: t.start, end: t.end, party: t.party })),
  }));
  mkdirSync(DIR, { recursive: true });
  writeFileSync(INPUT, JSON.stringify({ commit, date, people }, null, 1) + '\n');
  console.log(`trimmed ${people.length} presidents and vice presidents → ${INPUT}`);
}

const kebab = (s: string): string =>
  foldKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const ordinal = (n: number): string => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : s}`;
};

function readAll(dir: string, skip: string): unknown[] {
  const out: unknown[] = [];
  for (const f of readdirSync(join(ROOT, dir)))
    if (f.endsWith('.json') && f !== skip) out.push(...JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')));
  return out;
}

interface Run {
  type: 'prez' | 'viceprez';
  from: string;
  end: string;
  party: string;
  numbers: number[];
}

function convert(): void {
  const { commit, date, people } = JSON.parse(readFileSync(INPUT, 'utf8')) as {
    commit: string;
    date: string;
    people: Executive[];
  };
  const source = {
    url: `https://github.com/unitedstates/congress-legislators/blob/${commit}/executive.yaml`,
    title: 'congress-legislators: US presidents and vice presidents (public domain)',
  };
  const actorsElsewhere = readAll('dataset/actors', 'us-executive.json') as Array<{
    id: string;
    name: string;
  }>;
  const ids = new Set(actorsElsewhere.map((e) => e.id));
  const names = new Map(actorsElsewhere.map((e) => [foldKey(e.name), e.id]));
  const termsElsewhere = readAll('dataset/terms', 'us-executive.json') as Array<{
    office: string;
    holder: string;
    from: string;
  }>;

  // Ordinal numbers: a new number each time the holder of the office changes.
  const numberOf = new Map<ExecTerm, number>();
  for (const type of ['prez', 'viceprez'] as const) {
    const all = people
      .flatMap((p) => p.terms.filter((t) => t.type === type).map((t) => ({ p, t })))
      .sort((a, b) => a.t.start.localeCompare(b.t.start));
    let n = 0;
    let last: Executive | undefined;
    for (const { p, t } of all) {
      if (p !== last) n++;
      last = p;
      numberOf.set(t, n);
    }
  }

  const actors: unknown[] = [];
  const terms: unknown[] = [];
  let skippedTerms = 0;
  for (const p of people) {
    const cur = PEOPLE[p.id.govtrack];
    if (!cur)
      throw new Error(`no curated entry for GovTrack ${p.id.govtrack} (${p.name.first} ${p.name.last})`);
    // Consecutive terms in the same office joined.
    const runs: Run[] = [];
    for (const t of [...p.terms].sort((a, b) => a.start.localeCompare(b.start))) {
      const last = runs.at(-1);
      const n = numberOf.get(t)!;
      if (last && last.type === t.type && t.start <= last.end) {
        last.end = t.end;
        last.party = t.party;
        if (!last.numbers.includes(n)) last.numbers.push(n);
      } else runs.push({ type: t.type, from: t.start, end: t.end, party: t.party, numbers: [n] });
    }
    const official =
      p.name.official_full ??
      [p.name.first, p.name.middle, p.name.last].filter(Boolean).join(' ') +
        (p.name.suffix ? ` ${p.name.suffix}` : '');
    let id = cur.existing;
    const name = cur.name ?? official;
    if (id) {
      if (!ids.has(id)) throw new Error(`${id} is not curated`);
    } else {
      id = `person/${kebab(name)}`;
      if (ids.has(id)) throw new Error(`id ${id} is taken`);
      const clash = names.get(foldKey(name));
      if (clash) throw new Error(`${name} is already ${clash}: mark it existing`);
      ids.add(id);
      actors.push(personFor(p, cur, id, name, official, runs, source, date));
    }
    for (const r of runs) {
      const office = OFFICE[r.type];
      const dup = termsElsewhere.some(
        (t) =>
          t.office === office &&
          t.holder === id &&
          (t.from.startsWith(r.from.slice(0, 7)) || r.from.startsWith(t.from)),
      );
      if (dup) {
        skippedTerms++;
        continue;
      }
      terms.push({
        office,
        officeOf: US,
        kind: r.type === 'prez' ? 'head-of-state' : 'other',
        holder: id,
        holderName: cur.existing ? actorsElsewhere.find((e) => e.id === id)!.name : name,
        from: r.from,
        ...(r.end > date ? {} : { to: r.end }),
        source,
        asOf: date,
      });
    }
  }
  writeFileSync(OUT_ACTORS, JSON.stringify(actors, null, 2) + '\n');
  writeFileSync(OUT_TERMS, JSON.stringify(terms, null, 2) + '\n');
  console.log(
    `${people.length} people: ${actors.length} new, ${people.length - actors.length} already curated; ${terms.length} terms written, ${skippedTerms} already in other files`,
  );
}

function personFor(
  p: Executive,
  cur: Curated,
  id: string,
  name: string,
  official: string,
  runs: Run[],
  source: { url: string; title: string },
  date: string,
) {
  const years = (r: Run) => {
    const a = r.from.slice(0, 4);
    const b = r.end > date ? '' : r.end.slice(0, 4);
    return a === b ? a : `${a}–${b}`;
  };
  const describe = (type: Run['type']) => {
    const rs = runs.filter((r) => r.type === type);
    if (!rs.length) return undefined;
    const nums = rs.flatMap((r) => r.numbers).map(ordinal);
    const which = nums.length > 1 ? `${nums.slice(0, -1).join(', ')} and ${nums.at(-1)}` : nums[0];
    return {
      which,
      office: type === 'prez' ? 'president' : 'vice president',
      years: rs.map(years).join(', '),
    };
  };
  const vp = describe('viceprez');
  const pres = describe('prez');
  const top = runs.filter((r) => r.type === (pres ? 'prez' : 'viceprez')).at(-1)!;
  const adjective = PARTY_ADJECTIVE[top.party];
  const [first, second] = [vp, pres].filter((x) => x !== undefined);
  const offices =
    `the ${first!.which} ${first!.office} of the United States (${first!.years})` +
    (second ? ` and its ${second.which} ${second.office} (${second.years})` : '');
  const who = adjective ? `American ${adjective} politician` : 'American statesman';
  let description = `${who} who was ${offices}${adjective ? '' : ', elected without a party'}.`;
  if (cur.phrase) description += ` ${cur.phrase}.`;

  const aliases: Alias[] = [];
  const seen = new Set([foldKey(name)]);
  for (const a of [official, ...(cur.aliases ?? [])]) {
    const text = typeof a === 'string' ? a : a.text;
    if (seen.has(foldKey(text))) continue;
    seen.add(foldKey(text));
    aliases.push(a);
  }
  const party = PARTY_IDS[top.party];
  const related: Array<{ id: string; relation: string }> = [
    { id: US, relation: pres ? 'former president of' : 'former vice president of' },
  ];
  if (party) related.push({ id: party, relation: 'member of' });
  return {
    id,
    type: 'person',
    subtype: 'politician',
    name,
    aliases,
    description,
    // A vice president who never became president needs more support from the page.
    ...(pres ? {} : { prominence: 0.55 }),
    facts: p.bio.birthday ? [{ label: 'Born', value: { date: p.bio.birthday } }] : [],
    related,
    sources: [{ title: source.title, url: source.url }],
    wikipedia: p.id.wikipedia ? p.id.wikipedia.replace(/ /g, '_') : null,
    ...(p.id.wikidata ? { wikidata: p.id.wikidata } : {}),
  };
}

const from = arg('--from');
if (from) trim(from, arg('--commit') ?? 'unknown', arg('--date') ?? 'unknown');
else convert();
