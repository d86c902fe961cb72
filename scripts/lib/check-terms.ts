/**
 * Terms (dataset/terms/*.json) and the facts derived from them, and the rules for
 * time-sensitive facts. Run by `data:check` and `data:build` through check.ts and
 * build-dataset.ts.
 */
import { compareDates, isTimeVarying, type Fact, type Term, type TermKind } from '../../dataset/schema.ts';
import { foldKey } from '../../engine/text/fold.ts';
import type { CuratedEntity, Issue, LoadedTerm } from './load-sources.ts';

/** Labels the build derives from terms: never written by hand. */
export const DERIVED_LABELS = ['Position', 'In office since'] as const;

/** The file the one-off conversion wrote; a newer verified term from another file replaces its terms. */
export const CONVERTED_TERMS_FILE = 'dataset/terms/from-actors.json';

/** Kinds with one holder at a time, whatever the office's exact title. */
const SINGLE_KINDS: readonly TermKind[] = [
  'head-of-state',
  'head-of-government',
  'leader',
  'chief',
  'secretary-general',
];
/** Offices held by several people at once: co-presidents, San Marino's captains regent, councils. */
const COLLEGIAL = /\b(co-\w+|captains? regent|members?|council|presidency of bosnia|triumvirate|joint)\b/i;

const FAR_FUTURE = '9999';
/** A term's span: a term without a start is known to hold from its `asOf`. */
const startOf = (t: Term): string => t.from ?? t.asOf;
const endOf = (t: Term): string => t.to ?? FAR_FUTURE;

/** Two spans share more than a boundary day (a handover day belongs to both). */
export function overlaps(a: Term, b: Term): boolean {
  return compareDates(startOf(a), endOf(b)) < 0 && compareDates(startOf(b), endOf(a)) < 0;
}

const officeKey = (t: Term): string => `${t.officeOf}|${foldKey(t.office)}`;

/** The same office, even when two files title it differently ("President of Czechia"). */
function sameOffice(a: Term, b: Term): boolean {
  if (a.officeOf !== b.officeOf) return false;
  if (foldKey(a.office) === foldKey(b.office)) return true;
  if (a.kind === b.kind) return SINGLE_KINDS.includes(a.kind);
  // A free-text title of kind "other" naming a leading office: "Taoiseach (Prime Minister) of
  // Ireland" is the office "Taoiseach", "Co-President of Nicaragua" is "President of Nicaragua".
  const [plain, leading] = a.kind === 'other' ? [a, b] : b.kind === 'other' ? [b, a] : [];
  if (!plain || !leading) return false;
  const words = titleWords(leading.office);
  const inPlain = new Set(titleWords(plain.office));
  return words.length > 0 && words.filter((w) => inPlain.has(w)).length / words.length >= 0.6;
}

const TITLE_GLUE = new Set(['of', 'the', 'and', 'for', 'to', 'in']);
const titleWords = (title: string): string[] =>
  foldKey(title)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !TITLE_GLUE.has(w));

function sameHolder(a: Term, b: Term): boolean {
  if (a.holder && b.holder) return a.holder === b.holder;
  return foldKey(a.holderName) === foldKey(b.holderName);
}

const precision = (t: Term): number => (t.from?.length ?? 0) + (t.to?.length ?? 0);

/** The other date says the same, more precisely ("2020" and "2020-06"), or gives one where there was none. */
function finer(mine: string | undefined, other: string | undefined): boolean {
  if (!other) return false;
  if (!mine) return true;
  return other.length > mine.length && compareDates(mine, other) === 0;
}

/**
 * A converted term still marked current whose office a verified term shows passed to
 * someone else after the converted term was last confirmed: it ended by then. It is
 * closed at its successor's start (the latest it can have ended).
 */
export function closeSupersededTerms(terms: LoadedTerm[]): { terms: LoadedTerm[]; closed: number } {
  let closed = 0;
  const out = terms.map((t) => {
    if (t.file !== CONVERTED_TERMS_FILE || t.term.to || !SINGLE_KINDS.includes(t.term.kind)) return t;
    if (COLLEGIAL.test(t.term.office)) return t;
    const successors = terms
      .filter(
        (s) =>
          s.file !== CONVERTED_TERMS_FILE &&
          !s.term.acting &&
          s.term.from &&
          !sameHolder(s.term, t.term) &&
          sameOffice(s.term, t.term) &&
          compareDates(s.term.from, t.term.asOf) > 0 &&
          compareDates(s.term.from, startOf(t.term)) > 0,
      )
      .sort((a, b) => compareDates(a.term.from!, b.term.from!));
    const next = successors[0];
    if (!next) return t;
    closed++;
    return { ...t, term: { ...t.term, to: next.term.from! } };
  });
  return { terms: out, closed };
}

/** The first date, unless the second says the same more precisely; the second where the first is missing. */
function pick(first: string | undefined, second: string | undefined): string | undefined {
  if (!first) return second;
  return finer(first, second) ? second : first;
}

/** Which of two terms for the same tenure to keep: the later asOf, then the more precise dates, then a verified file. */
function better(a: LoadedTerm, b: LoadedTerm): LoadedTerm {
  const byDate = compareDates(a.term.asOf, b.term.asOf);
  if (byDate !== 0) return byDate > 0 ? a : b;
  if (a.term.asOf.length !== b.term.asOf.length) return a.term.asOf.length > b.term.asOf.length ? a : b;
  if (precision(a.term) !== precision(b.term)) return precision(a.term) > precision(b.term) ? a : b;
  if ((a.file === CONVERTED_TERMS_FILE) !== (b.file === CONVERTED_TERMS_FILE))
    return a.file === CONVERTED_TERMS_FILE ? b : a;
  return a;
}

/**
 * One term per tenure: terms of the same office and holder whose dates overlap are
 * merged, keeping the one with the later `asOf` (the data engineers' newer verified
 * term replaces the converted one). The kept term takes a holder id or a start date
 * only the other had.
 */
export function dedupeTerms(terms: LoadedTerm[]): { terms: LoadedTerm[]; merged: number } {
  const groups = new Map<string, LoadedTerm[]>();
  let merged = 0;
  const out: LoadedTerm[] = [];
  for (const t of terms) {
    const key = t.term.officeOf;
    const group = groups.get(key) ?? [];
    const i = group.findIndex(
      (g) => sameHolder(g.term, t.term) && sameOffice(g.term, t.term) && overlaps(g.term, t.term),
    );
    if (i < 0) {
      group.push(t);
      groups.set(key, group);
      out.push(t);
      continue;
    }
    merged++;
    const old = group[i]!;
    const keep = better(old, t);
    const other = keep === old ? t : old;
    // A verified file's title and dates beat the converted free text, whose dates were read
    // from loosely labelled facts ("Taliban leader since" for the head of state).
    const verified =
      keep.file === CONVERTED_TERMS_FILE && other.file !== CONVERTED_TERMS_FILE ? other : undefined;
    const first = verified ?? keep;
    const second = verified ? keep : other;
    const from = pick(first.term.from, second.term.from);
    // Whether the tenure has ended is the later word; when both give an end, as for the start.
    const to = keep.term.to ? pick(first.term.to ?? keep.term.to, second.term.to) : undefined;
    const { from: _from, to: _to, ...rest } = keep.term;
    const term: Term = {
      ...rest,
      ...(!keep.term.holder && other.term.holder ? { holder: other.term.holder } : {}),
      ...(verified ? { office: verified.term.office } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    const kept = { ...keep, term };
    group[i] = kept;
    out[out.indexOf(old)] = kept;
  }
  return { terms: out, merged };
}

/** Ids exist; one holder at a time in a single-holder office unless one of them is acting. */
export function checkTerms(terms: LoadedTerm[], knownIds: Set<string>): Issue[] {
  const issues: Issue[] = [];
  const where = (t: LoadedTerm) => `#${t.index} ${t.term.office} / ${t.term.holderName}`;
  for (const t of terms) {
    if (!knownIds.has(t.term.officeOf))
      issues.push({
        file: t.file,
        id: where(t),
        field: 'officeOf',
        message: `unknown id "${t.term.officeOf}"`,
      });
    if (t.term.holder && !knownIds.has(t.term.holder))
      issues.push({ file: t.file, id: where(t), field: 'holder', message: `unknown id "${t.term.holder}"` });
    if (t.term.holder && !t.term.holder.startsWith('person/'))
      issues.push({ file: t.file, id: where(t), field: 'holder', message: 'a holder is a person' });
  }
  const byOffice = new Map<string, LoadedTerm[]>();
  for (const t of terms) {
    if (!SINGLE_KINDS.includes(t.term.kind) || COLLEGIAL.test(t.term.office)) continue;
    const list = byOffice.get(officeKey(t.term)) ?? [];
    list.push(t);
    byOffice.set(officeKey(t.term), list);
  }
  for (const list of byOffice.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (sameHolder(a.term, b.term) || a.term.acting || b.term.acting || !overlaps(a.term, b.term))
          continue;
        issues.push({
          file: b.file,
          id: where(b),
          field: 'from',
          message: `overlaps ${a.term.holderName}'s term (${a.term.from ?? '?'}–${a.term.to ?? 'now'}, ${a.file}) in the same office; mark one acting or fix the dates`,
        });
      }
    }
  }
  return issues;
}

/**
 * Facts about time written by hand: a `Position` or `In office since` (derived from terms),
 * or a time-sensitive fact without its own source or date.
 */
export function checkTimeSensitiveFacts(curated: CuratedEntity[]): Issue[] {
  const issues: Issue[] = [];
  for (const { file, source: e } of curated) {
    e.facts.forEach((f, i) => {
      if ((DERIVED_LABELS as readonly string[]).includes(f.label)) {
        issues.push({
          file,
          id: e.id,
          field: `facts.${i}.label`,
          message: `"${f.label}" is derived from dataset/terms; write a term instead`,
        });
        return;
      }
      if (!isTimeVarying(f.label)) return;
      if (!f.sourceUrl)
        issues.push({
          file,
          id: e.id,
          field: `facts.${i}.sourceUrl`,
          message: `time-sensitive fact "${f.label}" needs its own source (sourceUrl)`,
        });
      // A missing asOf is reported by check.ts.
    });
  }
  return issues;
}

/** "Director" from "Director of the Central Intelligence Agency"; "Leader" when the title says little. */
function headWord(t: Term): string {
  const head = t.office.split(/\s+of\s+/i)[0]!.trim();
  if (t.office.includes(' of ') && head.split(/\s+/).length <= 3) return head;
  return t.kind === 'chief' ? 'Chief' : t.kind === 'secretary-general' ? 'Head' : 'Leader';
}

const sourced = (t: Term) => ({ asOf: t.asOf, sourceUrl: t.source.url, sourceTitle: t.source.title });

/**
 * The facts the build derives from terms: a person's current positions and their start
 * (or, with none current, the last office and when it ended); and for a group,
 * organisation or agency its current leader or chief.
 */
export function derivedFacts(id: string, type: string, held: Term[], offices: Term[]): Fact[] {
  const facts: Fact[] = [];
  if (type === 'person') {
    const current = held.filter((t) => !t.to).sort((a, b) => compareDates(startOf(b), startOf(a)));
    for (const t of current) {
      facts.push({ label: 'Position', value: `${t.office}${t.acting ? ' (acting)' : ''}`, ...sourced(t) });
      if (t.from) facts.push({ label: 'In office since', value: { date: t.from }, ...sourced(t) });
    }
    if (!current.length && held.length) {
      const last = [...held].sort((a, b) => compareDates(endOf(b), endOf(a)))[0]!;
      facts.push({ label: 'Last office', value: last.office, ...sourced(last) });
      facts.push({ label: 'Left office', value: { date: last.to! }, ...sourced(last) });
    }
    return facts;
  }
  if (id.startsWith('place/')) return facts;
  const leaders = offices
    .filter(
      (t) => !t.to && t.kind !== 'other' && t.kind !== 'head-of-state' && t.kind !== 'head-of-government',
    )
    .sort((a, b) => compareDates(startOf(b), startOf(a)));
  for (const t of leaders) {
    facts.push({ label: headWord(t), value: t.holder ? { ref: t.holder } : t.holderName, ...sourced(t) });
  }
  return facts;
}

/** A role written as a snapshot ("Prime Minister of Hungary (as of June 2025)") goes stale. */
const SNAPSHOT_ROLE = /\(as of [A-Z][a-z]+ \d{4}\)$/;

/**
 * A person's one-line role from their terms, where the curated role was a dated snapshot
 * of an office: the offices held now, else "Former <office> (<from>–<to>)". Any other
 * role ("Taliban co-founder") is the editor's and stays.
 */
export function derivedRole(role: string | undefined, held: Term[]): string | undefined {
  if (!held.length || (role !== undefined && !SNAPSHOT_ROLE.test(role))) return role;
  const current = held.filter((t) => !t.to).sort((a, b) => compareDates(startOf(b), startOf(a)));
  if (current.length) return current.map((t) => `${t.office}${t.acting ? ' (acting)' : ''}`).join('; ');
  const last = [...held].sort((a, b) => compareDates(endOf(b), endOf(a)))[0]!;
  const [from, to] = [last.from?.slice(0, 4), last.to!.slice(0, 4)];
  const years = from === to ? to : `${from ?? ''}–${to}`;
  return `Former ${last.office} (${years})`;
}
