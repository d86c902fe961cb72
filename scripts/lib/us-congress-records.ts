/**
 * From a congress-legislators record to a curated person and their terms
 * (scripts/import-us-congress.ts). Descriptions are written from the record's own
 * fields: chamber, state, party and first year in the chamber, nothing else.
 */
import { foldKey } from '../../engine/text/fold.ts';
import { NON_STATES, US_STATES, usPlaceId } from './us-states.ts';

export interface LegislatorTerm {
  type: 'rep' | 'sen';
  start: string;
  end: string;
  state: string;
  district?: number;
  party?: string;
}

export interface Legislator {
  id: { bioguide: string; wikipedia?: string; wikidata?: string };
  name: { first: string; last: string; official_full?: string; nickname?: string; suffix?: string };
  bio: { birthday?: string };
  terms: LegislatorTerm[];
}

export interface SourceInfo {
  url: string;
  title: string;
  /** The date of the project's commit the input was taken from. */
  date: string;
}

/** Consecutive terms in one seat, joined: "from" the first start, "to" the last end unless it runs past `asOf`. */
export interface SeatRun {
  type: 'rep' | 'sen';
  state: string;
  district?: number;
  from: string;
  to?: string;
}

const dayAfter = (d: string, days: number): string =>
  new Date(Date.parse(d) + days * 86_400_000).toISOString().slice(0, 10);

export function chamberRuns(terms: LegislatorTerm[], asOf: string): SeatRun[] {
  const runs: Array<SeatRun & { end: string }> = [];
  for (const t of [...terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const last = runs.at(-1);
    const sameSeat = last && last.type === t.type && last.state === t.state && last.district === t.district;
    // A new Congress starts on or a day or two after the old one ended (3 January).
    if (sameSeat && t.start <= dayAfter(last.end, 3)) last.end = t.end;
    else
      runs.push({
        type: t.type,
        state: t.state,
        ...(t.type === 'rep' && t.district !== undefined ? { district: t.district } : {}),
        from: t.start,
        end: t.end,
      });
  }
  return runs.map(({ end, ...run }) => (end > asOf ? run : { ...run, to: end }));
}

const ordinal = (n: number): string => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : s}`;
};

export function officeTitle(run: SeatRun): string {
  const where = US_STATES[run.state] ?? run.state;
  if (run.type === 'sen') return `U.S. Senator from ${where}`;
  if (run.state === 'PR') return 'Resident Commissioner of Puerto Rico';
  if (NON_STATES.has(run.state)) return `Delegate to the U.S. House from ${where}`;
  const seat = !run.district
    ? 'at-large congressional district'
    : `${ordinal(run.district)} congressional district`;
  return `U.S. Representative for ${where.replace(/^the /, '')}'s ${seat}`;
}

const PARTY_IDS: Record<string, string> = {
  Democrat: 'organization/democratic-party-united-states',
  Republican: 'organization/republican-party-united-states',
};
const PARTY_ADJECTIVE: Record<string, string> = { Democrat: 'Democratic', Republican: 'Republican' };

const kebab = (s: string): string =>
  foldKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function uniqueId(l: Legislator, name: string, used: Set<string>): string {
  for (const candidate of [
    `person/${kebab(name)}`,
    `person/${kebab(name)}-${l.terms.at(-1)!.state.toLowerCase()}`,
    `person/${kebab(name)}-${l.id.bioguide.toLowerCase()}`,
  ])
    if (!used.has(candidate)) return candidate;
  throw new Error(`no free id for ${name}`);
}

/** The person record: name and spellings, a description from the record, party and birth dated by the source. */
export function personFor(l: Legislator, source: SourceInfo, used: Set<string>) {
  const name = l.name.official_full ?? `${l.name.first} ${l.name.last}`;
  const last = l.terms.at(-1)!;
  const senator = last.type === 'sen';
  const aliases: unknown[] = [];
  const seen = new Set([foldKey(name)]);
  const add = (text: string | undefined) => {
    if (!text || seen.has(foldKey(text))) return;
    seen.add(foldKey(text));
    aliases.push(text);
  };
  add(`${l.name.first} ${l.name.last}`);
  if (l.name.nickname) add(`${l.name.nickname} ${l.name.last}`);
  // A surname links only beside the full name on the page: many are common words or shared.
  aliases.push({ text: l.name.last, partial: true, ambiguous: true });
  const chamberRun = chamberRuns(l.terms, source.date)
    .filter((r) => r.type === last.type)
    .at(-1)!;
  const where = US_STATES[last.state] ?? last.state;
  const party = last.party ?? 'Independent';
  const adjective = PARTY_ADJECTIVE[party] ?? 'independent';
  const body = senator
    ? `the U.S. Senate for ${where}`
    : NON_STATES.has(last.state)
      ? `the U.S. House of Representatives as the non-voting member for ${where}`
      : `the U.S. House of Representatives for a district of ${where}`;
  const description = `American ${adjective} politician who entered ${body} in ${chamberRun.from.slice(0, 4)}.`;
  const dated = { asOf: source.date, sourceUrl: source.url, sourceTitle: source.title };
  const facts: unknown[] = [];
  if (l.bio.birthday) facts.push({ label: 'Born', value: { date: l.bio.birthday } });
  facts.push({ label: 'Party', value: PARTY_IDS[party] ? { ref: PARTY_IDS[party] } : party, ...dated });
  const chamber = senator
    ? 'organization/united-states-senate'
    : 'organization/united-states-house-of-representatives';
  const related = [{ id: chamber, relation: 'member of' }];
  const place = usPlaceId(last.state);
  if (place.startsWith('place/'))
    related.push({ id: place, relation: senator ? 'represents' : 'represents part of' });
  if (PARTY_IDS[party]) related.push({ id: PARTY_IDS[party]!, relation: 'member of' });
  return {
    id: uniqueId(l, name, used),
    type: 'person',
    subtype: 'politician',
    name,
    aliases,
    description,
    // Senators are national figures; a representative's name needs more support from the page.
    ...(senator ? {} : { prominence: 0.55 }),
    facts,
    related,
    sources: [
      {
        title: `Biographical Directory of the United States Congress: ${name}`,
        url: `https://bioguide.congress.gov/search/bio/${l.id.bioguide}`,
      },
      { title: source.title, url: source.url },
    ],
    wikipedia: l.id.wikipedia ? l.id.wikipedia.replace(/ /g, '_') : null,
    ...(l.id.wikidata ? { wikidata: l.id.wikidata } : {}),
  };
}
