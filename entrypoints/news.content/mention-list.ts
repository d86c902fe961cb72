/**
 * The page's mentions as live Ranges, kept in document order: a range may span several
 * text nodes, as in `<b>Ashraf</b> Ghani`.
 */
import { nodeAt, type Collected } from '../../engine/text/collect.ts';
import type { EntityType } from '../../engine/types.ts';
import type { PageEntitySummary, WireMention } from '../../utils/protocol.ts';
import { sentenceOf } from './pin.ts';

export interface PageMention {
  /** The reading in force: the linker's, or the one the reader chose with "Not this one". */
  wire: WireMention;
  /** The linker's reading, as the background sent it. */
  original: WireMention;
  type: EntityType;
  range: Range;
  /** The reader said this is not a link: not highlighted, hovered or listed. */
  dismissed?: boolean;
}

/** The range of text offsets `start`…`end`, or null when the text changed meanwhile. */
export function rangeFor(doc: Document, collected: Collected, start: number, end: number): Range | null {
  const a = nodeAt(collected, start);
  const b = nodeAt(collected, end - 1);
  const startNode = collected.nodes[a]!;
  const endNode = collected.nodes[b]!;
  const range = doc.createRange();
  try {
    range.setStart(startNode, start - collected.starts[a]!);
    range.setEnd(endNode, end - collected.starts[b]!);
  } catch {
    return null; // the text changed while the background was answering
  }
  return range;
}

/** Put mentions (in document order, from one stretch of text) in their place in `m`. */
export function insertInOrder(m: PageMention[], list: PageMention[]): void {
  const first = list[0]!.range;
  const last = list[list.length - 1]!.range;
  let lo = 0;
  let hi = m.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m[mid]!.range.compareBoundaryPoints(Range.START_TO_START, first) < 0) lo = mid + 1;
    else hi = mid;
  }
  const next = m[lo];
  if (next && next.range.compareBoundaryPoints(Range.START_TO_START, last) < 0) {
    // Not one stretch (a block read again in between): sort the whole list.
    m.push(...list);
    sortByPosition(m);
    return;
  }
  m.splice(lo, 0, ...list);
}

/** Document order. */
export function sortByPosition(m: PageMention[]): void {
  m.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}

/** One entry per entity on the page, with its count and the sentence of its first mention. */
export function summarize(mentions: readonly PageMention[]): PageEntitySummary[] {
  const byId = new Map<string, PageEntitySummary>();
  for (const m of mentions) {
    if (m.range.collapsed || m.dismissed) continue;
    const s = byId.get(m.wire.id);
    if (s) s.count++;
    else
      byId.set(m.wire.id, {
        id: m.wire.id,
        name: m.wire.name,
        type: m.type,
        count: 1,
        sentence: sentenceOf(m.range),
      });
  }
  return [...byId.values()];
}
