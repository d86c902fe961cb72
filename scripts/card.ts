/**
 * `npm run card -- [--json] [--date YYYY-MM-DD] QUERY`: the card the extension shows for
 * an entity id or a name (resolved as the popup's search resolves it: the best hit).
 * With --date, also what held on that date (the article's date).
 */
import { buildCard, type CardFact, type CardTerm, type EntityCard } from '../engine/card/card.ts';
import { searchEntities } from '../engine/match/search.ts';
import { loadNodeDataset } from './lib/artefacts.ts';

const USAGE = 'usage: npm run card -- [--json] [--date YYYY-MM-DD] QUERY';

function parseArgs(argv: string[]): { json: boolean; date?: string; query: string } {
  let json = false;
  let date: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--date') date = argv[++i];
    else if (a.startsWith('--date=')) date = a.slice('--date='.length);
    else words.push(a);
  }
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error(`--date expects YYYY-MM-DD, got "${date}"\n${USAGE}`);
    process.exit(2);
  }
  const query = words.join(' ').trim();
  if (!query) {
    console.error(USAGE);
    process.exit(2);
  }
  return { json, ...(date ? { date } : {}), query };
}

const { json, date, query } = parseArgs(process.argv.slice(2));
const dataset = loadNodeDataset();
const index = dataset.byId.get(query) ?? searchEntities(dataset, query, 1)[0];
if (index === undefined) {
  console.error(`no entity matches "${query}"`);
  process.exit(1);
}
const card = buildCard(dataset, index, date ? { date } : {});

const factOut = (f: CardFact) => ({
  label: f.label,
  value: f.value,
  ...(f.asOf ? { asOf: f.asOf } : {}),
  ...(f.retrieved ? { retrieved: f.retrieved } : {}),
  ...(f.source ? { source: { url: f.source.url, title: f.source.title } } : {}),
  ...(f.stale ? { stale: true } : {}),
});
const termOut = (t: CardTerm) => ({
  office: t.office,
  ...(t.from ? { from: t.from } : {}),
  ...(t.to ? { to: t.to } : {}),
  ...(t.acting ? { acting: true } : {}),
});
const holderOut = (t: CardTerm) => ({
  name: t.holderName,
  ...(t.holder ? { id: t.holder } : {}),
  ...termOut(t),
});

function toJson(c: EntityCard) {
  return {
    id: c.id,
    name: c.name,
    type: c.type,
    subtype: c.subtype,
    role: c.role,
    facts: c.facts.map(factOut),
    terms: (c.terms ?? []).map(termOut),
    ...(c.holders ? { holders: c.holders.map(holderOut) } : {}),
    ...(c.then
      ? {
          then: {
            date: c.then.date,
            offices: c.then.offices.map(termOut),
            leaders: c.then.leaders.map(holderOut),
            ...(c.then.former ? { former: termOut(c.then.former) } : {}),
          },
        }
      : {}),
    sources: c.sources,
  };
}

const span = (t: CardTerm) => `${t.from ?? '?'}–${t.to ?? 'now'}`;

function toText(c: EntityCard): string {
  const lines = [`${c.name} (${c.type}${c.role ? `: ${c.role}` : ''})`, `  id ${c.id}`, ''];
  lines.push(c.description, '');
  for (const f of c.facts) {
    const when = f.stale && f.asOf ? `last confirmed ${f.asOf}` : f.asOf ? `as of ${f.asOf}` : '';
    const dated = [when, f.retrieved ? `retrieved ${f.retrieved}` : ''].filter(Boolean).join(', ');
    lines.push(
      `  ${f.label}: ${f.value}${dated ? ` (${dated})` : ''}${f.source ? `  [${f.source.title}]` : ''}`,
    );
  }
  if (c.terms?.length) {
    lines.push('', 'Terms:');
    for (const t of c.terms) lines.push(`  ${t.office}${t.acting ? ' (acting)' : ''}, ${span(t)}`);
  }
  if (c.holders?.length) {
    lines.push('', 'Holders:');
    for (const t of c.holders) lines.push(`  ${t.office}: ${t.holderName}, ${span(t)}`);
  }
  if (c.then) {
    lines.push('', `On ${c.then.date}:`);
    if (c.then.offices.length) for (const t of c.then.offices) lines.push(`  held ${t.office} (${span(t)})`);
    else if (c.then.former)
      lines.push(`  no office; former ${c.then.former.office} (left ${c.then.former.to})`);
    else if (c.type === 'person') lines.push('  no office known');
    for (const t of c.then.leaders) lines.push(`  ${t.office}: ${t.holderName} (${span(t)})`);
  }
  if (c.sources.length) {
    lines.push('', 'Sources:');
    for (const s of c.sources) lines.push(`  ${s.title} <${s.url}>`);
  }
  return lines.join('\n');
}

console.log(json ? JSON.stringify(toJson(card), null, 2) : toText(card));
