/**
 * One-off import: the members of the US Congress, from the public-domain (CC0)
 * `unitedstates/congress-legislators` project, as curated people with their terms.
 *
 *   npx tsx scripts/import-us-congress.ts --from <legislators-current.yaml> --commit <sha> --date <YYYY-MM-DD>
 *     trims the project's file to the fields used into dataset/sources/us-congress/ (committed);
 *   npx tsx scripts/import-us-congress.ts
 *     rewrites dataset/actors/us-congress.json and dataset/terms/us-congress.json from it.
 *
 * Reproducible from the committed input alone. People already curated elsewhere are not
 * duplicated: their terms point at the existing entity.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { foldKey } from '../engine/text/fold.ts';
import { ROOT } from './lib/artefacts.ts';
import { US_STATES, usPlaceId } from './lib/us-states.ts';
import {
  chamberRuns,
  type Legislator,
  type LegislatorTerm,
  officeTitle,
  personFor,
  type SourceInfo,
} from './lib/us-congress-records.ts';

const INPUT = join(ROOT, 'dataset/sources/us-congress/legislators-current.json');
const OUT_ACTORS = join(ROOT, 'dataset/actors/us-congress.json');
const OUT_TERMS = join(ROOT, 'dataset/terms/us-congress.json');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Keep only what the conversion reads, so the committed input stays small and reviewable. */
function trim(yamlPath: string, commit: string, date: string): void {
  /** The project's record, read loosely: only the fields below are kept. */
  type Raw = Omit<Legislator, 'terms'> & { terms: LegislatorTerm[] };
  const raw = load(readFileSync(yamlPath, 'utf8')) as Raw[];
  const legislators: Legislator[] = raw.map((r) => ({
    id: { bioguide: r.id.bioguide, wikipedia: r.id.wikipedia, wikidata: r.id.wikidata },
    name: {
      first: r.name.first,
      last: r.name.last,
      official_full: r.name.official_full,
      nickname: r.name.nickname,
      suffix: r.name.suffix,
    },
    bio: { birthday: r.bio?.birthday },
    terms: r.terms.map((t): LegislatorTerm => ({
      type: t.type,
      start: t.start,
      end: t.end,
      state: t.state,
      district: t.district,
      party: t.party,
    })),
  }));
  mkdirSync(join(ROOT, 'dataset/sources/us-congress'), { recursive: true });
  writeFileSync(INPUT, JSON.stringify({ commit, date, legislators }, null, 1) + '\n');
  console.log(`trimmed ${legislators.length} legislators → ${INPUT}`);
}

/** Curated people outside this import, by folded name and by Wikipedia title. */
function existingPeople(): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const f of readdirSync(join(ROOT, 'dataset/actors'))) {
    if (!f.endsWith('.json') || f === 'us-congress.json') continue;
    for (const e of JSON.parse(readFileSync(join(ROOT, 'dataset/actors', f), 'utf8'))) {
      if (e.type !== 'person') continue;
      byKey.set(foldKey(e.name), e.id);
      if (e.wikipedia) byKey.set(`wiki:${e.wikipedia}`, e.id);
    }
  }
  return byKey;
}

function convert(): void {
  const { commit, date, legislators } = JSON.parse(readFileSync(INPUT, 'utf8')) as {
    commit: string;
    date: string;
    legislators: Legislator[];
  };
  const source: SourceInfo = {
    url: `https://github.com/unitedstates/congress-legislators/blob/${commit}/legislators-current.yaml`,
    title: 'congress-legislators: current members of the US Congress (public domain)',
    date,
  };
  const existing = existingPeople();
  const usedIds = new Set(existing.values());
  const actors: unknown[] = [];
  const terms: unknown[] = [];
  let reused = 0;
  for (const l of legislators) {
    const name = l.name.official_full ?? `${l.name.first} ${l.name.last}`;
    const wiki = l.id.wikipedia?.replace(/ /g, '_');
    const known = existing.get(foldKey(name)) ?? (wiki ? existing.get(`wiki:${wiki}`) : undefined);
    let id = known;
    if (!id) {
      const person = personFor(l, source, usedIds);
      usedIds.add(person.id);
      actors.push(person);
      id = person.id;
    } else reused++;
    for (const run of chamberRuns(l.terms, date)) {
      terms.push({
        office: officeTitle(run),
        officeOf: usPlaceId(run.state),
        kind: 'other',
        holder: id,
        holderName: name,
        from: run.from,
        ...(run.to ? { to: run.to } : {}),
        source: { url: source.url, title: source.title },
        asOf: date,
      });
    }
  }
  writeFileSync(OUT_ACTORS, JSON.stringify(actors, null, 2) + '\n');
  writeFileSync(OUT_TERMS, JSON.stringify(terms, null, 2) + '\n');
  console.log(
    `${legislators.length} members: ${actors.length} new people, ${reused} already curated; ${terms.length} terms; ${Object.keys(US_STATES).length} states and territories`,
  );
}

const from = arg('--from');
if (from) trim(from, arg('--commit') ?? 'unknown', arg('--date') ?? 'unknown');
else convert();
