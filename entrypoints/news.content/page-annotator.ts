/**
 * The page's mentions: collects text under a root, asks the background to link
 * it in batches, and turns the answers into live Ranges (which may span several
 * text nodes, as in `<b>Ashraf</b> Ghani`).
 */
import { browser } from 'wxt/browser';
import { sentenceOf } from './pin.ts';
import type { ScopeParts } from '../../engine/article/in-scope.ts';
import { BLOCK_BREAK, collectText, nodeAt, type Collected } from '../../engine/text/collect.ts';
import type { EntityType } from '../../engine/types.ts';
import { detectSiteCountry } from '../../engine/page/site-country.ts';
import {
  MAX_BATCH_CHARS,
  MAX_CHUNK_CHARS,
  type AnnotateResponse,
  type BackgroundRequest,
  type ErrorResponse,
  type PageEntitySummary,
  type WireMention,
} from '../../utils/protocol.ts';

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

function rangeFor(doc: Document, collected: Collected, start: number, end: number): Range | null {
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

export class PageAnnotator {
  readonly mentions: PageMention[] = [];
  onChange: () => void = () => {};
  /** Applied to every new mention: the reader's choice for its reading, if any. */
  rewrite: (m: PageMention) => PageMention = (m) => m;
  /** The part of the page to read (the article, or the page less its chrome); all of it when null. */
  scope: ScopeParts | null = null;

  constructor(
    private readonly doc: Document,
    private readonly ownHostTag: string,
  ) {}

  /** Link the text under `root`; returns the new mentions. */
  async annotate(root: Node): Promise<PageMention[]> {
    const collected = collectText(root, { ownHostTag: this.ownHostTag, scope: this.scope ?? undefined });
    if (!/\S/.test(collected.text)) return [];
    const chunks = chunkText(collected.text);
    const added: PageMention[] = [];
    for (let i = 0; i < chunks.length;) {
      const batch: typeof chunks = [];
      let size = 0;
      while (i < chunks.length && (batch.length === 0 || size + chunks[i]!.text.length <= MAX_BATCH_CHARS)) {
        size += chunks[i]!.text.length;
        batch.push(chunks[i++]!);
      }
      const response = await this.send(batch.map((c) => c.text));
      response.mentions.forEach((list, k) => {
        const base = batch[k]!.base;
        for (const wire of list) {
          const range = rangeFor(this.doc, collected, base + wire.start, base + wire.end);
          if (range) added.push(this.rewrite({ wire, original: wire, type: wire.type, range }));
        }
      });
    }
    this.mentions.push(...added);
    this.sort();
    this.onChange();
    return added;
  }

  private country: string | undefined;

  private async send(chunks: string[]): Promise<AnnotateResponse> {
    const ids = this.mentions.flatMap((m) => (m.dismissed ? [] : [m.wire.id]));
    const context = [...new Set(ids)].slice(0, 2000);
    // The site's country (its domain, og:locale): context for acronyms several entities share.
    this.country ??= detectSiteCountry(this.doc, this.doc.URL) ?? '';
    const request: BackgroundRequest = {
      type: 'annotate',
      chunks,
      context,
      ...(this.country ? { country: this.country } : {}),
    };
    const response = (await browser.runtime.sendMessage(request)) as
      AnnotateResponse | ErrorResponse | undefined;
    if (!response) throw new Error('no answer from the background');
    if (!response.ok) throw new Error(response.error);
    return response;
  }

  /** Forget mentions inside `root` (about to be re-scanned) and any whose text was removed. */
  removeWithin(root: Node): PageMention[] {
    const removed: PageMention[] = [];
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.range.collapsed || root.contains(m.range.startContainer)) {
        removed.push(m);
        this.mentions.splice(i, 1);
      }
    }
    if (removed.length) this.onChange();
    return removed;
  }

  clear(): void {
    this.mentions.length = 0;
    this.onChange();
  }

  private sort(): void {
    this.mentions.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  summary(): PageEntitySummary[] {
    const byId = new Map<string, PageEntitySummary>();
    for (const m of this.mentions) {
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
}
