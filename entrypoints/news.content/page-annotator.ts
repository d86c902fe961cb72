/**
 * The page's mentions: collects text under a root, asks the background to link
 * it in batches, and turns the answers into live Ranges (mention-list.ts).
 */
import type { ScopeParts } from '../../engine/article/in-scope.ts';
import { collectText, collectTextSteps, type Collected } from '../../engine/text/collect.ts';
import { detectSiteCountry } from '../../engine/page/site-country.ts';
import { defaultIdle, mark, noteElsewhere, runSliced, sliced, type IdleScheduler } from './idle.ts';
import type {
  AnnotateResponse,
  BackgroundRequest,
  ErrorResponse,
  PageEntitySummary,
  WireMention,
} from '../../utils/protocol.ts';
import { MAX_BATCH_CHARS } from '../../utils/protocol-constants.ts';
import { askData } from '../../utils/ask-data.ts';
import { chunkText, readingPlan } from './reading-plan.ts';
import { insertInOrder, rangeFor, sortByPosition, summarize, type PageMention } from './mention-list.ts';

/** At most this many new ranges in one slice: the highlights they add are painted in the next frame. */
const MAX_RANGES_PER_SLICE = 400;

export interface ReadOptions {
  progressive?: boolean;
  prepared?: Prepared;
  viewOnly?: boolean;
  replace?: boolean;
  /** Waited for before the first answer is shown: false drops the read (the site is switched off). */
  gate?: Promise<boolean>;
}

/** Text collected ahead of the settings (issue #14): used when the settings agree with its scope. */
export interface Prepared {
  root: Node;
  scope: ScopeParts | null;
  collected: Collected;
}

export class PageAnnotator {
  readonly mentions: PageMention[] = [];
  onChange: () => void = () => {};
  /** Called instead of `onChange` while a page is read piece by piece: only `added` is new. */
  onAdded: ((added: PageMention[]) => void) | null = null;
  /** Applied to every new mention: the reader's choice for its reading, if any. */
  rewrite: (m: PageMention) => PageMention = (m) => m;
  /** The part of the page to read (the article, or the page less its chrome); all of it when null. */
  scope: ScopeParts | null = null;
  /** Where slices of work wait for idle time. */
  schedule: IdleScheduler = defaultIdle;
  /** Bumped by `clear()`: a page read still under way stops. */
  private generation = 0;
  /** Blocks read again while a page read is under way: that read adds nothing inside them. */
  private reread: Node[] | null = null;

  constructor(
    private readonly doc: Document,
    private readonly ownHostTag: string,
  ) {}

  /** Collect the text under `root` now, to be linked later by `annotate`. */
  prepare(root: Node): Prepared {
    const collected = collectText(root, { ownHostTag: this.ownHostTag, scope: this.scope ?? undefined });
    return { root, scope: this.scope, collected };
  }

  /** The same in slices of a few milliseconds (a big page's first read); null if `alive` turned false. */
  async prepareSliced(root: Node, alive: () => boolean): Promise<Prepared | null> {
    const scope = this.scope;
    const steps = collectTextSteps(root, { ownHostTag: this.ownHostTag, scope: scope ?? undefined });
    const collected = await runSliced(steps, alive, 'collect');
    return collected && scope === this.scope ? { root, scope, collected } : null;
  }

  /**
   * Link the text under `root`; returns the new mentions. With `progressive` (the first
   * read of a page, or a fresh read after a change of scope) the text in view goes
   * first and its highlights appear at once; the rest follows in pieces, its ranges
   * built in idle-time slices. `prepared` is text already collected for this root and scope.
   * `viewOnly` reads the text in view and stops (a page still being parsed); `replace`
   * stops any read under way and lets this one's first answer replace the mentions found
   * so far, in the same task, so their highlights do not blink.
   */
  async annotate(root: Node, opts: ReadOptions = {}): Promise<PageMention[]> {
    const reuse = opts.prepared?.root === root && opts.prepared.scope === this.scope;
    const collected = reuse ? opts.prepared!.collected : this.prepare(root).collected;
    if (opts.progressive && !reuse) mark('collected');
    if (!/\S/.test(collected.text)) {
      if (opts.replace) this.clear(); // what an earlier read found is gone with the text
      return [];
    }
    if (opts.progressive) return this.annotateProgressively(collected, opts);
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
    sortByPosition(this.mentions);
    this.onChange();
    return added;
  }

  private async annotateProgressively(collected: Collected, opts: ReadOptions): Promise<PageMention[]> {
    if (opts.replace) this.generation++;
    /** What an earlier read found: dropped when this read's first answer is in. */
    let previous = opts.replace && this.mentions.length ? new Set(this.mentions) : null;
    const dropPrevious = () => {
      const gone = previous;
      previous = null;
      if (!gone) return;
      const rest = this.mentions.filter((m) => !gone.has(m));
      this.mentions.length = 0;
      this.mentions.push(...rest);
    };
    const generation = this.generation;
    /** The stages of a preview are marked apart from those of the page's read (npm run bench:browser). */
    const stage = opts.viewOnly ? 'preview-' : '';
    const alive = () => generation === this.generation;
    this.reread = [];
    const { pieces, provisional } = readingPlan(collected, window, opts.viewOnly);
    // What the whole page's reading is linked with: what was linked before it, as it always was.
    const before = new Set(this.mentions.flatMap((m) => (m.dismissed ? [] : [m.wire.id])));
    const seen = new Set<string>();
    const all: PageMention[] = [];
    const send = (k: number): Promise<AnnotateResponse> => {
      const answer = this.send(
        pieces[k]!.map((c) => c.text),
        provisional ? before : seen,
      );
      answer.catch(() => undefined); // a read given up (a new one began) leaves no unhandled rejection
      return answer;
    };
    try {
      mark(`${stage}sent`);
      let pending = send(0);
      // A short page's whole text is asked for at once: it is linked while the view's ranges are built.
      const whole = provisional ? send(1) : null; // (never with `viewOnly`: it reads one piece)
      for (let k = 0; k < pieces.length; k++) {
        const response = await (k === 1 && whole ? whole : pending);
        if (!alive()) return all;
        if (k === 0 && opts.gate && !(await opts.gate)) return all;
        if (!alive()) return all;
        if (k === 0) {
          mark(`${stage}answered`);
          if (response.took !== undefined) noteElsewhere(`${stage}host-work`, response.took);
        }
        const items: { wire: WireMention; base: number }[] = [];
        response.mentions.forEach((list, j) => {
          const base = pieces[k]![j]!.base;
          for (const wire of [...list].sort((x, y) => x.start - y.start)) {
            items.push({ wire, base });
            seen.add(wire.id);
          }
        });
        // The next piece is linked while this one's ranges are built.
        if (k + 1 < pieces.length && !provisional) pending = send(k + 1);
        const replacing = provisional && k === 1;
        const kept: PageMention[] = [];
        let fresh: PageMention[] = [];
        const ok = await sliced(
          items,
          ({ wire, base }) => {
            const range = rangeFor(this.doc, collected, base + wire.start, base + wire.end);
            if (!range || !range.startContainer.isConnected) return;
            if (this.reread!.some((r) => r.contains(range.startContainer))) return;
            fresh.push(this.rewrite({ wire, original: wire, type: wire.type, range }));
          },
          {
            schedule: this.schedule,
            eager: k === 0 || replacing, // the text in view: its highlights now, not at the next idle period
            alive,
            maxPerSlice: replacing ? Infinity : MAX_RANGES_PER_SLICE,
            kind: 'ranges',
            done: () => {
              if (replacing) kept.push(...fresh);
              else if (previous) {
                // The earlier read's mentions go, and this read's first ones come, in one task.
                dropPrevious();
                if (fresh.length) insertInOrder(this.mentions, fresh);
                all.push(...fresh);
                this.onChange();
              } else if (fresh.length) {
                insertInOrder(this.mentions, fresh);
                all.push(...fresh);
                if (this.onAdded) this.onAdded(fresh);
                else this.onChange();
              }
              fresh = [];
            },
          },
        );
        if (!ok) return all;
        if (previous) {
          dropPrevious(); // nothing found in view this time
          this.onChange();
        }
        if (replacing) {
          // The whole text's reading replaces the view's, so a page reads exactly as in one request.
          const first = new Set(all);
          const rest = this.mentions.filter((m) => !first.has(m));
          this.mentions.length = 0;
          this.mentions.push(...rest);
          all.length = 0;
          if (kept.length) {
            insertInOrder(this.mentions, kept);
            all.push(...kept);
          }
        }
        if (k === 0) mark(`${stage}first-highlight`);
      }
    } finally {
      if (alive()) this.reread = null;
    }
    mark(`${stage}done`);
    this.onChange();
    return all;
  }

  private country: string | undefined;

  private async send(chunks: string[], linked?: ReadonlySet<string>): Promise<AnnotateResponse> {
    const ids = this.mentions.flatMap((m) => (m.dismissed ? [] : [m.wire.id]));
    const context = [...new Set([...ids, ...(linked ?? [])])].slice(0, 2000);
    // The site's country (its domain, og:locale): context for acronyms several entities share.
    this.country ??= detectSiteCountry(this.doc, this.doc.URL) ?? '';
    const request: BackgroundRequest = {
      type: 'annotate',
      chunks,
      context,
      ...(this.country ? { country: this.country } : {}),
    };
    const response = (await askData(request)) as AnnotateResponse | ErrorResponse | undefined;
    if (!response) throw new Error('no answer from the background');
    if (!response.ok) throw new Error(response.error);
    return response;
  }

  /** Forget mentions inside `root` (about to be re-scanned) and any whose text was removed. */
  removeWithin(root: Node): PageMention[] {
    this.reread?.push(root);
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

  /** A page read is under way (the text in view first, then the rest in pieces). */
  get reading(): boolean {
    return this.reread !== null;
  }

  clear(): void {
    this.generation++;
    this.reread = null;
    this.mentions.length = 0;
    this.onChange();
  }

  summary(): PageEntitySummary[] {
    return summarize(this.mentions);
  }
}
