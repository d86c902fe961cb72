/**
 * In what order a page's text is linked (issue #14): the text in and near the view
 * first, then the rest.
 */
import { BLOCK_BREAK, type Collected } from '../../engine/text/collect.ts';
import { MAX_CHUNK_CHARS } from '../../utils/protocol-constants.ts';

const CHUNK_TARGET = 50_000;

/** Split collected text at block breaks into chunks of about CHUNK_TARGET characters. */
export function chunkText(text: string): { base: number; text: string }[] {
  const chunks: { base: number; text: string }[] = [];
  let base = 0;
  while (base < text.length) {
    let end = Math.min(text.length, base + CHUNK_TARGET);
    if (end < text.length) {
      const br = text.indexOf(BLOCK_BREAK, end);
      end = br < 0 || br - base > MAX_CHUNK_CHARS ? Math.min(text.length, base + MAX_CHUNK_CHARS) : br;
    }
    chunks.push({ base, text: text.slice(base, end) });
    base = end;
  }
  return chunks;
}

/** Text up to this size is read in one request, as one piece: no slicing to gain anything. */
const SMALL_PAGE_CHARS = 40_000;
/** Text this far above and below the viewport (in viewport heights) counts as "near" it. */
const NEAR_VIEWPORTS = 1;
/** A short page's text in view is linked on its own first when it is less than this share of the page. */
const PROVISIONAL_SHARE = 0.6;

/** The first and last text node in or near the viewport (binary searches over layout boxes). */
function nodesNearView(collected: Collected, win: Window, viewports: number): [number, number] | null {
  const { nodes } = collected;
  if (nodes.length === 0) return null;
  const margin = win.innerHeight * viewports;
  const box = (i: number): DOMRect | null => nodes[i]!.parentElement?.getBoundingClientRect() ?? null;
  // Text follows the document order; in the flow that is, near enough, top to bottom.
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const b = box(mid);
    if (b && b.bottom >= -margin) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const b = box(mid);
    if (!b || b.top <= win.innerHeight + margin) lo = mid;
    else hi = mid - 1;
  }
  return [first, Math.max(first, lo)];
}

/** A run of chunks linked in one request. */
export type Piece = { base: number; text: string }[];

/** [a, b) grown to whole blocks, so that no name is cut; null when empty. */
function blockSpan(text: string, a: number, b: number): [number, number] | null {
  const before = text.lastIndexOf(BLOCK_BREAK, a);
  const from = before < 0 ? 0 : before + BLOCK_BREAK.length;
  const after = text.indexOf(BLOCK_BREAK, b);
  const to = after < 0 ? text.length : after;
  return to > from ? [from, to] : null;
}

/**
 * The text in and near the viewport first, then the rest: below it (where the reader
 * goes next), then above it. Every piece starts and ends at a block break, so no name
 * is cut; each is a run of chunks as `chunkText` makes them.
 */
export function readingOrder(text: string, view: [number, number] | null): Piece[] {
  const chunksOf = (from: number, to: number) =>
    chunkText(text.slice(from, to)).map((c) => ({ base: from + c.base, text: c.text }));
  const span = view && blockSpan(text, view[0], view[1]);
  if (text.length <= SMALL_PAGE_CHARS || !span) return chunksOf(0, text.length).map((c) => [c]);
  const [a, b] = span;
  const pieces = [chunksOf(a, b)];
  for (const c of chunksOf(b, text.length)) pieces.push([c]);
  for (const c of chunksOf(0, a).reverse()) pieces.push([c]);
  return pieces.filter((p) => p.some((c) => /\S/.test(c.text)));
}

/** The pieces to link, in order; `provisional`: the first is the view's, linked for its highlights only. */
export interface ReadingPlan {
  pieces: Piece[];
  provisional: boolean;
}

/** `viewOnly`: the text in view alone (a page still being parsed). */
export function readingPlan(collected: Collected, win: Window, viewOnly = false): ReadingPlan {
  const { text } = collected;
  const small = text.length <= SMALL_PAGE_CHARS;
  const near = nodesNearView(collected, win, small ? 0 : NEAR_VIEWPORTS);
  const view: [number, number] | null = near && [
    collected.starts[near[0]]!,
    collected.starts[near[1]]! + collected.nodes[near[1]]!.data.length,
  ];
  if (!small)
    return { pieces: readingOrder(text, view).slice(0, viewOnly ? 1 : undefined), provisional: false };
  const pieces = [chunkText(text)];
  const inView = view && blockSpan(text, view[0], view[1]);
  if (!inView || inView[1] - inView[0] >= PROVISIONAL_SHARE * text.length)
    return { pieces, provisional: false };
  pieces.unshift([{ base: inView[0], text: text.slice(inView[0], inView[1]) }]);
  return viewOnly ? { pieces: pieces.slice(0, 1), provisional: false } : { pieces, provisional: true };
}
