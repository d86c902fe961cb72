/**
 * Text collection from a DOM, shared by the content script and the CLI. It takes
 * the document as a parameter and uses only standard DOM calls, so it runs on a
 * live page, on linkedom or happy-dom in Node, and in tests alike.
 *
 * Text nodes are concatenated in document order. Inline elements add nothing, so
 * `<b>Ashraf</b> Ghani` stays one name; a change of block adds a paragraph break,
 * which no name can span.
 */
import { holdsScope, inScope, type ScopeParts } from '../article/in-scope.ts';
import { NODES_PER_STEP, runSteps, type Steps } from '../steps.ts';

export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BUTTON', 'LABEL', 'LEGEND',
]); // prettier-ignore

export const BLOCK_BREAK = '\n\n';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const ELEMENT_NODE = 1;

export interface CollectOptions {
  /** Tag name (upper case) of the extension's own UI host, never scanned. */
  ownHostTag?: string;
  /**
   * Read only this part of the page (the article found by engine/article): text
   * outside its roots or inside its excluded parts is not collected.
   */
  scope?: ScopeParts;
}

export interface Collected {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
}

/** True for elements whose content must never be scanned or highlighted. */
export function isSkippedElement(el: Element, ownHostTag?: string): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag === ownHostTag) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.hasAttribute('hidden');
}

function blockOf(node: Node, root: Node): Node {
  let el = node.parentNode;
  while (el && el !== root) {
    if (el.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((el as Element).tagName.toUpperCase())) return el;
    el = el.parentNode;
  }
  return root;
}

export function collectText(root: Node, opts: CollectOptions = {}): Collected {
  return runSteps(collectTextSteps(root, opts));
}

/** The same, in steps that can pause (engine/steps.ts), for the content script on big pages. */
export function* collectTextSteps(root: Node, opts: CollectOptions = {}): Steps<Collected> {
  const doc = root.ownerDocument ?? (root as Document);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  const scope = opts.scope;
  const empty: Collected = { text: '', nodes, starts };
  if (scope && !inScope(root, scope) && !holdsScope(root, scope)) return empty;
  // Ancestors of the roots are walked through (their other children are outside);
  // below a root, only excluded parts are cut off.
  const excluded = new Set(scope?.excluded);
  const above = new Set<Node>();
  for (const r of scope && holdsScope(root, scope) ? scope.roots : []) {
    for (let a = r.parentNode; a && a !== root.parentNode; a = a.parentNode) above.add(a);
  }
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (n: Node) => {
      if (above.size && above.has(n)) return FILTER_SKIP;
      if (above.size && n.parentNode && above.has(n.parentNode) && !scope!.roots.includes(n as Element))
        return FILTER_REJECT;
      if (n.nodeType !== ELEMENT_NODE) return FILTER_ACCEPT;
      return isSkippedElement(n as Element, opts.ownHostTag) || excluded.has(n as Element)
        ? FILTER_REJECT
        : FILTER_ACCEPT;
    },
  });
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++seen % NODES_PER_STEP === 0) yield;
    if (n.nodeType === ELEMENT_NODE) {
      if ((n as Element).tagName.toUpperCase() === 'BR') lastBlock = null;
      continue;
    }
    const data = (n as Text).data;
    if (data.length === 0) continue;
    const block = blockOf(n, root);
    if (block !== lastBlock && length > 0) {
      parts.push(BLOCK_BREAK);
      length += BLOCK_BREAK.length;
    }
    lastBlock = block;
    nodes.push(n as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The node index holding text offset `offset` (binary search over starts). */
export function nodeAt(collected: Collected, offset: number): number {
  const { starts } = collected;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
