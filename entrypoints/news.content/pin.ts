/**
 * Pin: keep the open card in the research notebook with where it was seen. The
 * sentence comes from the block the mention sits in; the rest from the card itself.
 */
import type { EntityCard } from '../../engine/card/card.ts';
import { pinInputFor } from '../../engine/notes/snapshot.ts';
import { sentenceAround } from '../../engine/notes/sentence.ts';
import { pinResultMessage, pinToNotebook } from '../../utils/notebook-storage.ts';

const BLOCK =
  'p, li, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, pre, article, section, div';

/** The text of the block around a range, and the range's offsets in it. */
export function blockText(range: Range): { text: string; start: number; end: number } {
  const node = range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = el?.closest(BLOCK) ?? node.ownerDocument?.body ?? null;
  if (!block) return { text: range.toString(), start: 0, end: range.toString().length };
  const before = node.ownerDocument!.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { text: block.textContent ?? '', start, end: start + range.toString().length };
}

/** The sentence around a mention, for the popup's export of the page. */
export function sentenceOf(range: Range): string {
  const { text, start, end } = blockText(range);
  return sentenceAround(text, start, end);
}

/** Pin the card seen at `range`; the localised outcome ("Pinned to …", "The notebook is full…"). */
export async function pinCard(card: EntityCard, range: Range, published: string | null): Promise<string> {
  const { text, start, end } = blockText(range);
  const page = { url: location.href, title: document.title, ...(published ? { published } : {}) };
  return pinResultMessage(await pinToNotebook(pinInputFor(card, page, text, { start, end })));
}
