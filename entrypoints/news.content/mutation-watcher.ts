/**
 * Late text: infinite scroll, single-page navigation, article bodies that load
 * after the page. Mutations are gathered per animation frame and reduced to the
 * smallest set of changed blocks, which are scanned again; unchanged text is not.
 * The extension's own UI is ignored.
 *
 * With a scope (the article, issue #12), blocks outside it are not scanned: they go
 * to `onOutside`, which only weighs whether the article should be looked for again.
 */
import { holdsScope, inScope, type ScopeParts } from '../../engine/article/in-scope.ts';
import { isSkippedElement } from '../../engine/text/collect.ts';

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

export interface ScopeWatch {
  /** The scope in force now (it changes when the article is found again). */
  scope: () => ScopeParts | null;
  /** Changed blocks outside the scope, not scanned. */
  onOutside: (blocks: Element[]) => void;
}

export function watchMutations(
  root: Node,
  ownHostTag: string,
  onBlocks: (blocks: Element[]) => void,
  schedule: (cb: () => void) => void,
  scoped?: ScopeWatch,
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
    const scope = scoped?.scope();
    if (!scope) {
      if (list.length) onBlocks(list);
      return;
    }
    const inside = list.filter((b) => inScope(b, scope) || holdsScope(b, scope));
    const outside = list.filter((b) => !inside.includes(b));
    if (inside.length) onBlocks(inside);
    if (outside.length) scoped!.onOutside(outside);
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
