/**
 * Offices on a card: a person's terms, who held an entity's offices, and what held on
 * the article's date. Current terms come first, the offices that lead first among them.
 */
import { compareDates } from '../../dataset/time-varying.ts';
import type { Dataset } from '../data/dataset.ts';
import type { CompiledEntity, CompiledTerm, TermKind } from '../types.ts';
import type { CardTerm, CardThen, EntityCard } from './card.ts';
import { isStale } from './fact-dating.ts';

/** Kinds of office that lead the entity they belong to. */
const LEADING: readonly TermKind[] = [
  'head-of-state',
  'head-of-government',
  'leader',
  'chief',
  'secretary-general',
];

/** The term was held on `date` (a term with no start is known from its `asOf` on). */
export function heldOn(t: { from?: string; to?: string; asOf: string }, date: string): boolean {
  const start = t.from ?? t.asOf;
  if (compareDates(start, date) > 0) return false;
  if (!t.from && start.length < date.length && compareDates(start, date) === 0) return false;
  return !t.to || compareDates(date, t.to) < 0;
}

function cardTerm(t: CompiledTerm): CardTerm {
  return {
    office: t.office,
    officeOf: t.officeOf,
    kind: t.kind,
    holderName: t.holderName,
    ...(t.holder ? { holder: t.holder } : {}),
    ...(t.from ? { from: t.from } : {}),
    ...(t.to ? { to: t.to } : {}),
    ...(t.acting ? { acting: true } : {}),
    source: t.source,
    asOf: t.asOf,
    ...(!t.to && isStale(t.asOf) ? { stale: true } : {}),
  };
}

/** Current first, the offices that lead first among them; then the latest end, then the latest start. */
function byRecency(a: CompiledTerm, b: CompiledTerm): number {
  if (!a.to !== !b.to) return a.to ? 1 : -1;
  if (!a.to) {
    const rank = (t: CompiledTerm) => {
      const i = LEADING.indexOf(t.kind);
      return i < 0 ? LEADING.length : i;
    };
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
  }
  return compareDates(b.to ?? '9999', a.to ?? '9999') || compareDates(b.from ?? b.asOf, a.from ?? a.asOf);
}

function termsOf(dataset: Dataset, map: ReadonlyMap<string, readonly number[]>, id: string): CompiledTerm[] {
  return (map.get(id) ?? []).map((i) => dataset.terms[i]!).sort(byRecency);
}

/**
 * What held on `date`, from a card's terms and holders: also used by the card view for
 * the article's date when the card was built without it.
 */
export function thenOn(card: Pick<EntityCard, 'terms' | 'holders'>, date: string): CardThen {
  const held = card.terms ?? [];
  const former = held.filter((t) => t.to && compareDates(t.to, date) <= 0)[0];
  const then: CardThen = {
    date,
    offices: held.filter((t) => heldOn(t, date)),
    leaders: (card.holders ?? []).filter((t) => LEADING.includes(t.kind) && heldOn(t, date)),
  };
  if (!then.offices.length && former) then.former = former;
  return then;
}

/** The terms part of the card: a person's terms, an entity's holders, and what held on `date`. */
export function termParts(
  dataset: Dataset,
  e: CompiledEntity,
  date: string | undefined,
): Pick<EntityCard, 'terms' | 'holders' | 'then'> {
  const held = termsOf(dataset, dataset.termsByHolder, e.id);
  const offices = termsOf(dataset, dataset.termsByOffice, e.id);
  const out: Pick<EntityCard, 'terms' | 'holders' | 'then'> = {};
  if (held.length) out.terms = held.map(cardTerm);
  if (offices.length) out.holders = offices.map(cardTerm);
  if (date) out.then = thenOn(out, date);
  return out;
}
