/**
 * One-off: list curated people whose hand-written `description` is contradicted by
 * their terms (dataset/terms/*.json, as merged by `npm run data:build`).
 *
 *   npm run data:build && npx tsx scripts/find-stale-descriptions.ts [--today YYYY-MM-DD]
 *
 * Two lists:
 * - "ended": the person's latest term has ended (`to` on or before today) and holds no
 *   other open term, but the description still speaks of an office in the present tense
 *   ("is the president", "has been", "has held … since", "currently", "serves as",
 *   "leads", "heads").
 * - "unmentioned": the person holds an office now (an open term confirmed since July 2025)
 *   whose title (e.g. "prime minister") the description does not mention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCompiled, ROOT } from './lib/artefacts.ts';

const todayArg = process.argv.indexOf('--today');
const TODAY =
  (todayArg > 0 ? process.argv[todayArg + 1] : undefined) ?? new Date().toISOString().slice(0, 10);
/** Open terms last confirmed before this date are shown as "last confirmed", not as current. */
const CONFIRMED_SINCE = '2025-07-01';

const PRESENT_TENSE =
  /\b(is|are) (the |a |an )?(\w+ )?(president|prime minister|premier|leader|head|chair(man|woman)?|king|queen|monarch|emir|governor|minister|chancellor|secretary|speaker|captain regent|grand duke|commander)\b|\bhas (been|held|led|headed|served)\b|\bhave (been|held|led)\b|\bcurrently\b|\bserves as\b|\b(is|are|currently) serving as\b|\bleads\b|\bheads\b|\bholds\b|\bsince \d{4}\b/i;

interface Person {
  id: string;
  name: string;
  description?: string;
  role?: string;
  file: string;
}

const people: Person[] = [];
const actorsDir = join(ROOT, 'dataset/actors');
for (const f of readdirSync(actorsDir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  for (const e of JSON.parse(readFileSync(join(actorsDir, f), 'utf8')) as Array<Record<string, unknown>>) {
    if (e.type !== 'person') continue;
    people.push({
      id: e.id as string,
      name: e.name as string,
      description: e.description as string | undefined,
      role: e.role as string | undefined,
      file: f,
    });
  }
}

const { dataset } = loadCompiled();
const terms = dataset.terms ?? [];
const byHolder = new Map<string, (typeof terms)[number][]>();
for (const t of terms) if (t.holder) byHolder.set(t.holder, [...(byHolder.get(t.holder) ?? []), t]);

const isOpen = (t: { to?: string }): boolean => !t.to || t.to > TODAY;
/** "Prime Minister of Hungary" → "prime minister"; "President of the Transitional Presidential Council of Haiti" → "president". */
const title = (office: string): string =>
  office
    .replace(/\s*\(.*\)$/, '')
    .split(/ of | for /)[0]!
    .toLowerCase();

const ended: string[] = [];
const unmentioned: string[] = [];
for (const p of people) {
  const mine = byHolder.get(p.id) ?? [];
  if (mine.length === 0 || !p.description) continue;
  const open = mine.filter(isOpen);
  const latest = [...mine].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0]!;
  if (open.length === 0 && latest.to && PRESENT_TENSE.test(p.description)) {
    const hit = p.description.match(PRESENT_TENSE)?.[0];
    ended.push(`${p.id}\t${latest.office} ended ${latest.to}\t"${hit}"\t[${p.file}]`);
  }
  const desc = p.description.toLowerCase();
  for (const t of open) {
    if ((t.asOf ?? '') < CONFIRMED_SINCE) continue;
    const words = title(t.office);
    if (!desc.includes(words)) {
      unmentioned.push(`${p.id}\t${t.office} since ${t.from ?? '?'} (as of ${t.asOf})\t[${p.file}]`);
    }
  }
}

console.log(`# Latest term ended, description in the present tense (${ended.length})`);
for (const l of ended) console.log(l);
console.log(`\n# Holds an office now that the description does not mention (${unmentioned.length})`);
for (const l of unmentioned) console.log(l);
