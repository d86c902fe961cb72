/**
 * Page-level linking. Unambiguous names anchor the page; every other span is
 * scored against those anchors (relations in the dataset, shared country and
 * province) plus a prior, and links only above a measured threshold and margin.
 * Linked entities then become context for a second pass.
 */
import type { Dataset } from '../data/dataset.ts';
import { contextOf, possiblePlaces } from './page-context.ts';
import type { Span } from '../match/select.ts';
import { pageAcronyms } from '../cues/page-acronyms.ts';
import { dropPartsOfLongerNames } from '../cues/span-filters.ts';
import { pageLevels } from '../cues/level-cues.ts';
import { indexSpans } from '../text/span-tokens.ts';
import { tokenize, type Tokens } from '../text/tokens.ts';
import { ALIAS_PARTIAL, type Mention } from '../types.ts';
import { decide, otherReadings, round, WEAK_ALIAS, type Decision } from './decide-span.ts';
import { bestKnownCity, isMinorPlace, type TextFlags } from './span-readings.ts';

export interface LinkOptions {
  /** Minimum score to link; measured by `npm run eval` on the fixtures and the dev set. */
  threshold: number;
  /** Minimum lead of the best candidate over the runner-up. */
  margin: number;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = {
  threshold: 0.3,
  margin: 0.06,
};

/** The country of the page's first dateline ("NEW DELHI, India (PTI) —"), or null. */
function datelineCountry(dataset: Dataset, spans: readonly Span[]): string | null {
  for (const s of spans) {
    if (!s.dateline) continue;
    const city = bestKnownCity(dataset, s.candidates);
    const e = dataset.entities[city >= 0 ? city : s.candidates[0]!.entity]!;
    if (e.subtype === 'country') return e.id.slice('place/country-'.length).toUpperCase();
    if (e.geo) return e.geo.cc;
  }
  return null;
}

function isAnchor(dataset: Dataset, span: Span): number | null {
  if (span.candidates.length !== 1) return null;
  const c = span.candidates[0]!;
  if (c.flags & (WEAK_ALIAS | ALIAS_PARTIAL)) return null;
  return isMinorPlace(dataset.entities[c.entity]!) ? null : c.entity;
}

export function linkSpans(
  dataset: Dataset,
  text: string,
  allSpans: readonly Span[],
  opts: LinkOptions = DEFAULT_LINK_OPTIONS,
  /** Entities already linked elsewhere on the page (earlier batches, late-loaded text). */
  pageContext: Iterable<number> = [],
  /** The text's token table, when the caller has read it already. */
  tokens: Tokens = tokenize(text),
  /** The country the site writes from (ISO 3166 alpha-2), where the page gives one. */
  siteCountry: string | null = null,
): Mention[] {
  indexSpans(tokens, allSpans);
  const { sports } = tokens;
  const spans = dropPartsOfLongerNames(dataset, tokens, allSpans, sports);
  const flags: TextFlags = {
    sports,
    tokens,
    acronyms: pageAcronyms(tokens, spans),
    levels: pageLevels(dataset, tokens, spans),
    siteCountry: siteCountry?.toUpperCase() ?? datelineCountry(dataset, spans),
  };
  const anchors = new Set<number>(pageContext);
  const soft = new Set<number>();
  for (const span of spans) {
    if (flags.acronyms.has(span.key)) continue;
    const a = flags.sports ? null : isAnchor(dataset, span);
    if (a !== null) anchors.add(a);
    else if (span.candidates.length === 1 && !(span.candidates[0]!.flags & (WEAK_ALIAS | ALIAS_PARTIAL))) {
      soft.add(span.candidates[0]!.entity);
    }
  }
  const fullNamed = new Set(anchors);
  let possible: ReturnType<typeof possiblePlaces> | undefined;
  const possibleOf = () =>
    (possible ??= possiblePlaces(
      dataset,
      spans.map((span) => span.candidates),
    ));
  let decisions: (Decision | null)[] = [];
  // Two passes: what links in the first becomes context for the second.
  for (let pass = 0; pass < 2; pass++) {
    const ctx = contextOf(dataset, anchors, soft, fullNamed, possibleOf);
    decisions = spans.map((span) => decide(dataset, span, ctx, opts, flags));
    for (const d of decisions) {
      if (!d) continue;
      anchors.add(d.entity);
      if (d.identifies) fullNamed.add(d.entity);
    }
  }
  const mentions: Mention[] = [];
  spans.forEach((span, i) => {
    const d = decisions[i];
    if (!d) return;
    mentions.push({
      start: span.start,
      end: span.end,
      entity: d.entity,
      evidence: {
        alias: text.slice(span.start, span.end),
        score: round(d.score),
        candidates: span.candidates.length,
        others: otherReadings(dataset, d),
        ...(d.runnerUp ? { runnerUp: d.runnerUp } : {}),
      },
    });
  });
  return mentions;
}
