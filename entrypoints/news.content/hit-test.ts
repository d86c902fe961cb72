/**
 * Which mention is under a point. The caret position gives the text node and
 * offset; the mention's client rects confirm the pointer is really on its text
 * (a caret snaps to the nearest text even over empty space).
 */
import type { PageMention } from './mention-list.ts';

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = (
    doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

export function mentionAt(
  doc: Document,
  mentions: readonly PageMention[],
  x: number,
  y: number,
): PageMention | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const m of mentions) {
    const r = m.range;
    if (r.collapsed) continue;
    // Cheap containment first; rect geometry only for the few candidates.
    if (!r.intersectsNode(caret.node)) continue;
    if (rectsContain(r, x, y)) return m;
  }
  return null;
}

/** The first mention inside an element, for focus (a link that contains a name). */
export function mentionIn(el: Element, mentions: readonly PageMention[]): PageMention | null {
  return mentions.find((m) => !m.range.collapsed && el.contains(m.range.startContainer)) ?? null;
}
