/**
 * One-off conversion (run once, kept for the record): the free-text office facts of
 * dataset/actors/*.json become terms in dataset/terms/from-actors.json, and are removed
 * from the actor files. From then on the build derives them from the terms.
 *
 * Converted:
 * - a person's `Position` facts, with the start from `In office since` / `Took office` /
 *   `Appointed` / `… since` and the end from `Left office` (or `Died`, when no end is given);
 * - a group's or organisation's `Leader` fact when it names a curated person;
 * - an agency's `Director` / `Chief` / `Head` / `Director-General` facts.
 *
 * Each term keeps the fact's `asOf` and its `sourceUrl`; where the fact has none, the
 * term cites the entity's own first source (usually its Wikipedia page), dated by the
 * fact's `asOf`. A fact with no `asOf` gets no term (it cannot be dated) and is reported.
 *
 *   npx tsx scripts/convert-position-facts-to-terms.ts [--dry-run]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TermKind, TermSource } from '../dataset/schema.ts';
import { searchEntities } from '../engine/match/search.ts';
import { ROOT, loadNodeDataset } from './lib/artefacts.ts';

type Value =
  string | number | { date: string } | { ref: string } | { refs: string[] } | Record<string, unknown>;
interface RawFact {
  label: string;
  value: Value;
  asOf?: string;
  sourceUrl?: string;
  sourceTitle?: string;
}
type RawAlias = string | { text: string; partial?: boolean; ambiguous?: boolean; caseSensitive?: boolean };
interface RawEntity {
  id: string;
  type: string;
  subtype: string;
  name: string;
  aliases: RawAlias[];
  facts: RawFact[];
  related?: { id: string; relation: string }[];
  sources: { title: string; url: string }[];
}

const DRY = process.argv.includes('--dry-run');
const ACTORS = join(ROOT, 'dataset/actors');
const OUT = join(ROOT, 'dataset/terms/from-actors.json');
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const files = readdirSync(ACTORS)
  .filter((f) => f.endsWith('.json'))
  .sort();
const data = new Map<string, RawEntity[]>(
  files.map((f) => [f, JSON.parse(readFileSync(join(ACTORS, f), 'utf8')) as RawEntity[]]),
);
const curated = new Map<string, RawEntity>();
for (const list of data.values()) for (const e of list) curated.set(e.id, e);

// Countries and their provinces come from the compiled dataset (generated places).
const compiled = loadNodeDataset();
const countries = compiled.entities.filter((e) => e.type === 'place' && e.subtype === 'country');

/** Names that may name the entity an office belongs to, longest first. */
interface Owner {
  id: string;
  text: string;
  caseSensitive: boolean;
}
const owners: Owner[] = [];
const aliasText = (a: RawAlias) => (typeof a === 'string' ? { text: a } : a);
for (const e of curated.values()) {
  if (e.type === 'person') continue;
  for (const a of [e.name, ...e.aliases].map(aliasText)) {
    if ('partial' in a && a.partial) continue;
    if (a.text.length < 2) continue;
    owners.push({ id: e.id, text: a.text, caseSensitive: /^[A-Z0-9.-]+$/.test(a.text) });
  }
}
for (const c of countries) {
  for (const t of [c.name, ...(c.aliases ?? [])])
    owners.push({ id: c.id, text: t, caseSensitive: /^[A-Z.]+$/.test(t) });
}
/** Adjectives the positions use for their country ("Russian Foreign Ministry", "US Senator"). */
const DEMONYMS: Record<string, string> = {
  Afghan: 'af', American: 'us', US: 'us', 'U.S.': 'us', British: 'gb', UK: 'gb', Russian: 'ru', Ukrainian: 'ua',
  Chinese: 'cn', Indian: 'in', Pakistani: 'pk', Iranian: 'ir', Iraqi: 'iq', Syrian: 'sy', Israeli: 'il',
  Palestinian: 'ps', Saudi: 'sa', Turkish: 'tr', French: 'fr', German: 'de', Italian: 'it', Spanish: 'es',
  Japanese: 'jp', Korean: 'kr', 'North Korean': 'kp', Egyptian: 'eg', Nigerian: 'ng', Kenyan: 'ke',
  Ethiopian: 'et', Sudanese: 'sd', Somali: 'so', Malian: 'ml', Libyan: 'ly', Yemeni: 'ye', Lebanese: 'lb',
  Jordanian: 'jo', Qatari: 'qa', Emirati: 'ae', Kremlin: 'ru', Belarusian: 'by', Polish: 'pl', Hungarian: 'hu',
  Canadian: 'ca', Mexican: 'mx', Brazilian: 'br', Colombian: 'co', Venezuelan: 've', Australian: 'au',
  Burmese: 'mm', Bangladeshi: 'bd', Nepalese: 'np', 'Sri Lankan': 'lk', Taliban: '',
}; // prettier-ignore
for (const [word, cc] of Object.entries(DEMONYMS))
  if (cc) owners.push({ id: `place/country-${cc}`, text: word, caseSensitive: true });
owners.sort((a, b) => b.text.length - a.text.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function findOwners(text: string): string[] {
  const found: { id: string; at: number; len: number }[] = [];
  for (const o of owners) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escape(o.text)}(?![\\p{L}\\p{N}])`,
      o.caseSensitive ? 'u' : 'iu',
    );
    const m = re.exec(text);
    if (!m) continue;
    // A longer name already covers this span ("Taliban government" vs "Taliban").
    if (found.some((f) => m.index < f.at + f.len && f.at < m.index + o.text.length)) continue;
    found.push({ id: o.id, at: m.index, len: o.text.length });
  }
  return found.sort((a, b) => b.at - a.at).map((f) => f.id);
}

/** A province or city named after the last "of" ("Governor of Borno State", "Mayor of Kyiv"). */
function placeNamedAfterOf(office: string): string | undefined {
  const m = /\bof (?:the )?([^,;()]+)$/.exec(office);
  if (!m) return undefined;
  const hit = searchEntities(compiled, m[1]!.replace(/\s+(Republic|State)$/, ''), 5)
    .map((i) => compiled.entities[i]!)
    .find((x) => x.type === 'place' && /^(admin1|city|territory)$/.test(x.subtype));
  return hit?.id;
}

/** The country of the first related entity that has one. */
function countryOfRelated(e: RawEntity): string | undefined {
  for (const r of e.related ?? []) {
    const i = compiled.byId.get(r.id);
    const cc = i === undefined ? undefined : compiled.entities[i]!.geo?.cc;
    if (cc && compiled.byId.has(`place/country-${cc.toLowerCase()}`))
      return `place/country-${cc.toLowerCase()}`;
  }
  return undefined;
}

function dateOf(v: Value | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return ISO.test(String(v)) ? String(v) : undefined;
  if (typeof v === 'string') return ISO.test(v.trim()) ? v.trim() : undefined;
  if ('date' in v && typeof v.date === 'string') return v.date;
  return undefined;
}

function subtypeOf(id: string): string {
  const c = curated.get(id);
  if (c) return `${c.type}/${c.subtype}`;
  const i = compiled.byId.get(id);
  return i === undefined ? '' : `${compiled.entities[i]!.type}/${compiled.entities[i]!.subtype}`;
}

/** What kind of office a title names, given who it belongs to. */
function kindOf(office: string, officeOf: string): TermKind {
  const t = office.replace(/^(acting|interim|transitional)\s+/i, '');
  if (/\b(deputy|vice|co-|assistant|adviser|advisor|spokes|press secretary|-elect|former)\b/i.test(t)) return 'other';
  const sub = subtypeOf(officeOf);
  if (sub === 'place/country') {
    if (/^(president|king|queen|emir|sultan|supreme leader|grand duke|prince|emperor|monarch|head of state|chairman of the (presidential|transitional)|captain regent)\b/i.test(t))
      return 'head-of-state';
    if (/^(prime minister|chancellor|premier|chief adviser|president of the government)\b/i.test(t))
      return 'head-of-government';
    return 'other';
  }
  if (/^organization\/(intelligence-agency|security-agency)$/.test(sub))
    return /^(director|chief|head|commander|commissioner|chairman)\b/i.test(t) ? 'chief' : 'other';
  if (/^organization\/(international-organization|un-body|un-mission)$/.test(sub))
    return /^(secretary[- ]general|director[- ]general|president|chair|chairperson|chairman|executive director|high commissioner|administrator|managing director|head)\b/i.test(t) &&
      !/high representative/i.test(t)
      ? 'secretary-general'
      : 'other';
  if (/^(armed-group\/|organization\/(party|other|militant)|other\/movement)/.test(sub))
    return /^(emir|leader|chairman|chair|chairperson|president|head|commander|commander-in-chief|secretary[- ]general|general secretary|supreme leader|founder and leader|overall leader)\s+of\b/i.test(t) &&
      !/\b(corps|brigade|division|battalion|wing|branch|office|in [A-Z])\b/.test(t)
      ? 'leader'
      : 'other';
  return 'other';
} // prettier-ignore

function entitySource(e: RawEntity): { url: string; title: string } | undefined {
  const s = e.sources.find((x) => x.url.startsWith('https://'));
  return s ? { url: s.url, title: s.title } : undefined;
}

function sourceFor(f: RawFact, e: RawEntity): { url: string; title: string } | undefined {
  if (f.sourceUrl) return { url: f.sourceUrl, title: f.sourceTitle ?? titleFromUrl(f.sourceUrl) };
  return entitySource(e);
}

function titleFromUrl(url: string): string {
  const u = new URL(url);
  const last = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '');
  return `${u.hostname.replace(/^www\./, '')}${last ? `: ${last.replace(/[-_]+/g, ' ')}` : ''}`;
}

/** The curated person a free-text name is, if exactly one. */
function personNamed(text: string): RawEntity | undefined {
  const hits = new Set<RawEntity>();
  for (const e of curated.values()) {
    if (e.type !== 'person') continue;
    for (const a of [e.name, ...e.aliases].map(aliasText)) {
      if ('partial' in a && a.partial) continue;
      if (a.text.split(/\s+/).length < 2) continue;
      const re = new RegExp(`(?<![\\p{L}])${escape(a.text)}(?![\\p{L}])`, 'iu');
      if (re.test(text)) hits.add(e);
    }
  }
  return hits.size === 1 ? [...hits][0] : undefined;
}

const terms: TermSource[] = [];
const skipped: string[] = [];
let removed = 0;
/** A term per holder and office owner, so a group's Leader fact and its leader's Position meet. */
const byHolderOwner = new Map<string, TermSource>();

function addTerm(t: TermSource, mergeAnyKind = false): void {
  const key = t.holder ? `${t.holder}|${t.officeOf}` : '';
  const prev = key ? byHolderOwner.get(key) : undefined;
  if (prev && (mergeAnyKind || (prev.kind === t.kind && t.kind !== 'other'))) {
    // The same office seen from both sides: keep the person's title, the known dates, the later asOf.
    prev.from ??= t.from;
    prev.to ??= t.to;
    if (t.asOf > prev.asOf) {
      prev.asOf = t.asOf;
      prev.source = t.source;
    }
    if (prev.kind === 'other') prev.kind = t.kind;
    if (t.acting) prev.acting = true;
    return;
  }
  if (key && !prev) byHolderOwner.set(key, t);
  terms.push(t);
}

const START = /^(In office since|Took office|Appointed|In power since|In post since|.+ since)$/i;
const MEMBER = /member/i;

// 1. People's positions.
for (const [file, list] of data) {
  for (const e of list) {
    if (e.type !== 'person') continue;
    const positions = e.facts.filter((f) => f.label === 'Position');
    if (!positions.length) continue;
    const used = new Set<RawFact>();
    const startFacts = e.facts.filter((f) => START.test(f.label) && !MEMBER.test(f.label) && dateOf(f.value));
    const inOffice = startFacts.find((f) => f.label === 'In office since' || f.label === 'Took office');
    const leftFact = e.facts.find((f) => f.label === 'Left office' && dateOf(f.value));
    const died = dateOf(e.facts.find((f) => f.label === 'Died')?.value);
    positions.forEach((p, n) => {
      if (typeof p.value !== 'string' || !p.asOf) {
        skipped.push(`${file}: ${e.id}: Position ${JSON.stringify(p.value)} has no asOf or is not text`);
        return;
      }
      let office = p.value.trim();
      const acting = /\((acting|interim)\)|^(acting|interim)\s/i.test(office);
      office = office
        .replace(/\s*\((acting|interim)\)/gi, '')
        .replace(/\s+,/g, ',')
        .trim();
      // An occupation ("Independent researcher") is no office: it stays a fact, as "Occupation".
      if (!/\b(of|to|for|leader|senator|minister|president|governor|mayor|emir|chief|head)\b/i.test(office)) {
        p.label = 'Occupation';
        delete p.asOf;
        return;
      }
      const related = (e.related ?? []).map((r) => r.id).filter((id) => !id.startsWith('person/'));
      // The Taliban's government is Afghanistan's de facto government: its offices are Afghanistan's.
      const named = /Taliban government|Islamic Emirate/i.test(office)
        ? ['place/country-af']
        : findOwners(office);
      const officeOf =
        named.find((id) => related.includes(id)) ??
        named[0] ??
        related.find((id) => /^(organization|armed-group)\//.test(id)) ??
        ((e.facts.find((f) => /^(Country|Nationality)$/.test(f.label))?.value as { ref?: string })?.ref ||
          undefined) ??
        related.find((id) => id.startsWith('place/country-')) ??
        placeNamedAfterOf(office) ??
        countryOfRelated(e);
      if (!officeOf) {
        skipped.push(`${file}: ${e.id}: no owner found for "${office}"`);
        return;
      }
      // The start and end facts belong to the first position (the one they were written for).
      const start = n === 0 ? (inOffice ?? (positions.length === 1 ? startFacts[0] : undefined)) : undefined;
      const from = dateOf(start?.value);
      const left = n === 0 ? dateOf(leftFact?.value) : undefined;
      const to = left ?? (died && (!from || died >= from) ? died : undefined);
      const source = sourceFor(p, e);
      if (!source) {
        skipped.push(`${file}: ${e.id}: no https source for "${office}"`);
        return;
      }
      // The end is dated by the fact that reports it, when that is later.
      const asOf = n === 0 && leftFact?.asOf && leftFact.asOf > p.asOf ? leftFact.asOf : p.asOf;
      const endSource =
        n === 0 && leftFact?.sourceUrl && asOf === leftFact.asOf ? sourceFor(leftFact, e) : undefined;
      addTerm({
        office,
        officeOf,
        kind: kindOf(office, officeOf),
        holder: e.id,
        holderName: e.name,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(acting ? { acting: true } : {}),
        source: endSource ?? source,
        asOf,
      });
      used.add(p);
      if (start) used.add(start);
      if (n === 0 && leftFact) used.add(leftFact);
    });
    const before = e.facts.length;
    e.facts = e.facts.filter((f) => !used.has(f));
    removed += before - e.facts.length;
  }
}

// 2. Groups' and organisations' leaders, when the leader is a curated person.
// 3. Agencies' chiefs.
const CHIEF = /^(Director|Chief|Head|Commander|Director[- ]General|Director of [\w\s]+)(\s*\(.*\))?$/;
for (const [file, list] of data) {
  for (const e of list) {
    if (e.type === 'person' || e.type === 'place') continue;
    const agency = /intelligence-agency|security-agency/.test(e.subtype);
    const used = new Set<RawFact>();
    for (const f of e.facts) {
      const isLeader = f.label === 'Leader';
      const isChief = agency && CHIEF.test(f.label);
      if (!isLeader && !isChief) continue;
      let holder: RawEntity | undefined;
      let holderName: string | undefined;
      if (typeof f.value === 'object' && 'ref' in f.value && typeof f.value.ref === 'string') {
        holder = curated.get(f.value.ref);
        holderName = holder?.name;
      } else if (typeof f.value === 'string') {
        holder = personNamed(f.value);
        holderName =
          holder?.name ?? f.value.replace(/\s*\(.*\)\s*$/, '').replace(/^(Lt Gen|Gen|Maj Gen)\.?\s+/, '');
      }
      if (!holderName || (isLeader && !holder)) continue;
      if (!f.asOf) {
        skipped.push(`${file}: ${e.id}: ${f.label} has no asOf`);
        continue;
      }
      const source = sourceFor(f, e);
      if (!source) continue;
      const word = isLeader
        ? 'Leader'
        : f.label.replace(/\s*\(.*\)$/, '').replace('Director General', 'Director-General');
      const owner = e.name.replace(/\s*\(.*\)$/, '');
      const the = owner.split(/\s+/).length > 1 && !/^(the|al-)\b/i.test(owner) ? 'the ' : '';
      const office = word.includes(' of ') ? word : `${word} of ${the}${owner}`;
      const kind = isChief ? 'chief' : kindOf(office, e.id) === 'other' ? 'leader' : kindOf(office, e.id);
      const died = holder ? dateOf(holder.facts.find((x) => x.label === 'Died')?.value) : undefined;
      // A person's own position towards this entity, converted above, gives the title and dates.
      const own = holder ? byHolderOwner.get(`${holder.id}|${e.id}`) : undefined;
      addTerm(
        {
          office: own?.office ?? office,
          officeOf: e.id,
          kind,
          ...(holder ? { holder: holder.id } : {}),
          holderName,
          ...(died ? { to: died } : {}),
          source,
          asOf: f.asOf,
        },
        true,
      );
      used.add(f);
    }
    const before = e.facts.length;
    e.facts = e.facts.filter((f) => !used.has(f));
    removed += before - e.facts.length;
  }
}

terms.sort((a, b) =>
  a.officeOf === b.officeOf
    ? a.office === b.office
      ? (a.from ?? a.asOf).localeCompare(b.from ?? b.asOf)
      : a.office.localeCompare(b.office)
    : a.officeOf.localeCompare(b.officeOf),
);
for (const s of skipped) console.log(`skipped: ${s}`);
const noStart = terms.filter((t) => !t.from).length;
console.log(
  `convert: ${terms.length} terms (${noStart} without a start date), ${removed} facts removed, ${skipped.length} skipped` +
    `; kinds: ${JSON.stringify(Object.fromEntries([...new Set(terms.map((t) => t.kind))].map((k) => [k, terms.filter((t) => t.kind === k).length])))}`,
);
if (process.argv.includes('--print'))
  console.log(
    JSON.stringify(terms.map((t) => [t.holder ?? t.holderName, t.office, t.officeOf, t.kind, t.from, t.to])),
  );
if (!DRY) {
  writeFileSync(OUT, `${JSON.stringify(terms, null, 2)}\n`);
  for (const [f, list] of data) writeFileSync(join(ACTORS, f), `${JSON.stringify(list, null, 2)}\n`);
}
