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
import { NODES_PER_STEP, type Steps } from '../steps.ts';

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
  /** The text nodes read; blank ones (markup's indentation) only leave a gap in `text`. */
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

/** A collection under way: the walker and what it has gathered so far. */
interface Collecting {
  root: Node;
  walker: TreeWalker;
  parts: string[];
  nodes: Text[];
  starts: number[];
  length: number;
  lastBlock: Node | null;
  /** The widest gap (an index in GAPS) read since the last text node, written out before the next one. */
  gap: number;
}

export function collectText(root: Node, opts: CollectOptions = {}): Collected {
  const c = begin(root, opts);
  if (!c) return { text: '', nodes: [], starts: [] };
  collectSome(c, Infinity);
  return end(c);
}

/** The same, in steps that can pause (engine/steps.ts), for the content script on big pages. */
export function* collectTextSteps(root: Node, opts: CollectOptions = {}): Steps<Collected> {
  const c = begin(root, opts);
  if (!c) return { text: '', nodes: [], starts: [] };
  while (!collectSome(c, NODES_PER_STEP)) yield;
  return end(c);
}

/**
 * The text up to where `past` says to stop, asked once a step about the last node read:
 * the top of a page that is still being parsed, without walking what is below the view.
 */
export function collectTextUntil(root: Node, opts: CollectOptions, past: (last: Text) => boolean): Collected {
  const c = begin(root, opts);
  if (!c) return { text: '', nodes: [], starts: [] };
  while (!collectSome(c, NODES_PER_STEP)) {
    const last = c.nodes[c.nodes.length - 1];
    if (last && past(last)) break;
  }
  return end(c);
}

function begin(root: Node, opts: CollectOptions): Collecting | null {
  const doc = root.ownerDocument ?? (root as Document);
  const scope = opts.scope;
  if (scope && !inScope(root, scope) && !holdsScope(root, scope)) return null;
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
  return { root, walker, parts: [], nodes: [], starts: [], length: 0, lastBlock: null, gap: 0 };
}

/** Read up to `max` more nodes; true when the walk is over. A plain loop: the hot path stays out of the generator. */
function collectSome(c: Collecting, max: number): boolean {
  const { walker, parts, nodes, starts, root } = c;
  for (let k = 0; k < max; k++) {
    const n = walker.nextNode();
    if (!n) return true;
    if (n.nodeType === ELEMENT_NODE) {
      if ((n as Element).tagName.toUpperCase() === 'BR') c.lastBlock = null;
      continue;
    }
    const data = (n as Text).data;
    if (data.length === 0) continue;
    if (isBlank(data)) {
      // Markup's indentation between elements, often most of a page's text nodes by size:
      // the browser shows it as one space at most, so it is kept as the space or the line
      // breaks (two at most, a paragraph break) it holds. No name starts or ends in it.
      if (c.length > 0) c.gap = Math.max(c.gap, gapOf(data));
      continue;
    }
    const block = blockOf(n, root);
    // A paragraph break stands for any gap before it; a gap within a block is written out.
    const gap = block !== c.lastBlock && c.length > 0 ? BLOCK_BREAK : GAPS[c.gap]!;
    if (gap) {
      parts.push(gap);
      c.length += gap.length;
    }
    c.gap = 0;
    c.lastBlock = block;
    nodes.push(n as Text);
    starts.push(c.length);
    parts.push(data);
    c.length += data.length;
  }
  return false;
}

/** Only the white space HTML collapses (space, tab, line breaks), not a no-break space. */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/** Gaps from narrowest to widest: none, a space, a line break, a paragraph break. */
const GAPS = ['', ' ', '\n', BLOCK_BREAK];

/** The gap blank text shows, as an index in GAPS. */
function gapOf(data: string): number {
  const first = data.indexOf('\n');
  if (first < 0) return 1;
  return data.indexOf('\n', first + 1) < 0 ? 2 : 3;
}

const end = (c: Collecting): Collected => ({ text: c.parts.join(''), nodes: c.nodes, starts: c.starts });

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
