/**
 * "the Interior Ministry", "the Intelligence Bureau", "the Social Democrats": names that
 * most countries' bodies bear. The dataset holds a few countries' bodies under them
 * (flagged ambiguous); on a page about another country, they mean that country's.
 */
import { NATIONAL_BODY_SUBTYPES } from '../../dataset/schema.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Span } from '../match/select.ts';
import type { PageContext } from './page-context.ts';

/** Ministries, parties, forces, services: bodies most countries have, under the same generic names. */
const NATIONAL_BODIES: ReadonlySet<string> = new Set(NATIONAL_BODY_SUBTYPES);
const GLUE = new Set(['the', 'of', 'and', 'for']);
/** Its country must have at least 1/LEADING_SHARE as many places and actors on the page as the leading one. */
const LEADING_SHARE = 2;

/**
 * Is this national body, matched by an ambiguous alias, named generically on a page about
 * another country? A one-word name ("the Kremlin") is no other country's; a body the page
 * names in full ("Afghanistan's Ministry of Interior Affairs") is the one meant. Otherwise
 * its country must lead the page, or nearly: on a page about Tunisia that names Afghanistan
 * once, "the Interior Ministry" is Tunisia's, not Afghanistan's.
 */
export function otherCountrysBody(dataset: Dataset, entity: number, span: Span, ctx: PageContext): boolean {
  const ccs = dataset.relatedCountries[entity]!;
  if (ccs.length !== 1 || ctx.fullNamed.has(entity)) return false;
  if (!NATIONAL_BODIES.has(dataset.entities[entity]!.subtype)) return false;
  if (span.key.split(' ').filter((w) => !GLUE.has(w)).length < 2) return false;
  let most = 0;
  for (const n of ctx.countries.values()) most = Math.max(most, n);
  return (ctx.countries.get(ccs[0]!) ?? 0) * LEADING_SHARE < most;
}
