/**
 * Late text: infinite scroll, single-page navigation, article bodies that load
 * after the page. Mutations are gathered per animation frame and reduced to the
 * smallest set of changed blocks, which are scanned again; unchanged text is not.
 * The extension's own UI is ignored.
 */
import { isSkippedElement } from '../../engine/collect.ts';

const BLOCKISH =
  /^(P|DIV|LI|ARTICLE|SECTION|MAIN|ASIDE|BLOCKQUOTE|H[1-6]|TD|TH|FIGCAPTION|DD|DT|HEADER|FOOTER|BODY)$/;

function blockRoot(node: Node): Element | null {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && !BLOCKISH.test(el.tagName)) el = el.parentElement;
  return el;
}

function insideSkipped(node: Node, ownHostTag: string): boolean {
  for (
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (isSkippedElement(el, ownHostTag)) return true;
  }
  return false;
}

export function watchMutations(
  root: Node,
  ownHostTag: string,
  onBlocks: (blocks: Element[]) => void,
  schedule: (cb: () => void) => void,
): MutationObserver {
  let pending = new Set<Node>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const nodes = pending;
    pending = new Set();
    const blocks = new Set<Element>();
    for (const n of nodes) {
      if (!n.isConnected || insideSkipped(n, ownHostTag)) continue;
      const b = blockRoot(n);
      if (b) blocks.add(b);
    }
    // Keep only outermost blocks: scanning a parent covers its children.
    const list = [...blocks].filter((b) => ![...blocks].some((o) => o !== b && o.contains(b)));
    if (list.length) onBlocks(list);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') pending.add(r.target);
      for (const n of r.addedNodes) {
        if (n.nodeType === Node.ELEMENT_NODE && (n as Element).tagName === ownHostTag) continue;
        if (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) pending.add(n);
      }
    }
    if (pending.size && !scheduled) {
      scheduled = true;
      schedule(flush);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return observer;
}
