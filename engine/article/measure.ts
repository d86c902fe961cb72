/**
 * One read-only pass over the page that counts, for every element, the text it
 * holds: characters, words, commas, and how much of it is link text. Scoring and
 * exclusion then read these counts instead of walking subtrees again, so finding
 * the article costs about one walk of the DOM however many candidates it weighs.
 *
 * The skip rules are the text collector's (scripts, styles, form fields, editors),
 * so the counts describe exactly the text the extension would scan.
 */
import { isSkippedElement } from '../text/collect.ts';
import { NODES_PER_STEP, runSteps, type Steps } from '../steps.ts';

export interface TextStats {
  /** Characters with runs of white space counted as one. */
  chars: number;
  linkChars: number;
  commas: number;
  words: number;
}

export interface Measured {
  stats: Map<Element, TextStats>;
  /** Paragraph-like elements (p, pre, td, a div with no block inside), post-order. */
  paragraphs: Element[];
}

const EMPTY: TextStats = { chars: 0, linkChars: 0, commas: 0, words: 0 };

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'DL', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'UL',
]); // prettier-ignore

const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

function isComma(c: number): boolean {
  return c === 44 || c === 0x060c || c === 0xff0c || c === 0x3001;
}

/** Count one text node into `s`: a bare loop, since this runs over every character of the page. */
function countText(data: string, s: TextStats, inLink: boolean): void {
  let nonSpace = 0;
  let words = 0;
  let commas = 0;
  let inWord = false;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (isSpace(c)) {
      inWord = false;
      continue;
    }
    nonSpace++;
    if (isComma(c)) commas++;
    if (!inWord) {
      words++;
      inWord = true;
    }
  }
  // Collapsed length: the visible characters plus one space between words.
  const chars = nonSpace + Math.max(0, words - 1) + (words > 0 && isSpace(data.charCodeAt(0)) ? 1 : 0);
  s.chars += chars;
  s.words += words;
  s.commas += commas;
  if (inLink) s.linkChars += chars;
}

interface Frame {
  el: Element;
  link: boolean;
  s: TextStats;
  next: ChildNode | null;
  blockChild: boolean;
}

function open(el: Element, inLink: boolean): Frame {
  const link = inLink || (el.tagName.toUpperCase() === 'A' && el.hasAttribute('href'));
  return {
    el,
    link,
    s: { chars: 0, linkChars: 0, commas: 0, words: 0 },
    next: el.firstChild,
    blockChild: false,
  };
}

/** Blocks passed between two asks of `stopAt`: it may read layout, which is not free. */
const BLOCKS_PER_STOP_CHECK = 16;

/**
 * The counts, in steps that can pause (engine/steps.ts): a post-order walk with its own
 * stack, so a page of any depth or size is measured in slices. `stopAt`, asked at block
 * elements, ends the walk before the first one it returns true for: the counts then
 * describe the page up to there, as if the rest were not yet parsed.
 */
export function* measureSteps(
  root: Element,
  ownHostTag?: string,
  stopAt?: (block: Element) => boolean,
): Steps<Measured> {
  const stats = new Map<Element, TextStats>();
  const paragraphs: Element[] = [];
  const stack: Frame[] = [open(root, false)];
  let nodes = 0;
  let blocks = 0;
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const c = f.next;
    if (c) {
      f.next = c.nextSibling;
      if (c.nodeType === TEXT_NODE) countText((c as Text).data, f.s, f.link);
      else if (c.nodeType === ELEMENT_NODE && !isSkippedElement(c as Element, ownHostTag)) {
        const block = BLOCKS.has((c as Element).tagName.toUpperCase());
        if (block && stopAt && ++blocks % BLOCKS_PER_STOP_CHECK === 0 && stopAt(c as Element)) {
          for (const frame of stack) frame.next = null; // close every open element as it stands
          continue;
        }
        if (block) f.blockChild = true;
        stack.push(open(c as Element, f.link));
      }
      if (++nodes % NODES_PER_STEP === 0) yield;
      continue;
    }
    stack.pop();
    const { el, s } = f;
    stats.set(el, s);
    const tag = el.tagName.toUpperCase();
    if (s.chars >= 25 && (PARAGRAPH_TAGS.has(tag) || (tag === 'DIV' && !f.blockChild))) paragraphs.push(el);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.s.chars += s.chars;
      parent.s.linkChars += s.linkChars;
      parent.s.commas += s.commas;
      parent.s.words += s.words;
    }
  }
  return { stats, paragraphs };
}

export function measure(root: Element, ownHostTag?: string, stopAt?: (block: Element) => boolean): Measured {
  return runSteps(measureSteps(root, ownHostTag, stopAt));
}

export function statsOf(m: Measured, el: Element): TextStats {
  return m.stats.get(el) ?? EMPTY;
}

export function linkDensity(s: TextStats): number {
  return s.chars === 0 ? 0 : s.linkChars / s.chars;
}
