/**
 * Which part of the page is read (issue #12): the article found on it, or the page less
 * its chrome. Text added outside the article is weighed, and past a little prose the
 * article is looked for again: a page that loads its story late, or a single-page app
 * that moves on, gets read from its new article.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findArticle, findArticleSteps, type ArticleScope } from '../../engine/article/find-article.ts';
import { sameScope } from '../../engine/article/in-scope.ts';
import { collectText } from '../../engine/text/collect.ts';
import type { PageMentionsResponse } from '../../utils/protocol.ts';
import type { PageAnnotator } from './page-annotator.ts';
import { runSliced } from './idle.ts';

/** Prose (characters outside links) added outside the article before it is looked for again. */
const REDETECT_CHARS = 80;
/** At most one new search for the article in this time; a later change waits for the end of it. */
const REDETECT_MS = 500;

/** What the tracker reads from the session, live. */
export interface TrackerSource {
  /** The whole page's read is on (not a preview, not switched off). */
  enabled(): boolean;
  /** The reader's setting for this site: read the whole page, not the article. */
  forcePage(): boolean;
  /** The article moved: the page is read again from scratch (and an open card closed). */
  readAgain(): Promise<void>;
}

export class ArticleTracker {
  scope: ArticleScope | null = null;
  /** Prose added since the article was last looked for, which might change where it is. */
  private grown = 0;
  private lastDetect = 0;
  private timer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly annotator: PageAnnotator,
    private readonly hostTag: string,
    private readonly source: TrackerSource,
  ) {}

  detect(forcePage = this.source.forcePage()): ArticleScope {
    return this.set(findArticle(document, { ownHostTag: this.hostTag, forcePage }));
  }

  /** `detect` in slices of a few milliseconds (on a big page one search is a long task); null if `alive` turned false. */
  async detectSliced(forcePage: boolean, alive: () => boolean): Promise<ArticleScope | null> {
    const steps = findArticleSteps(document, { ownHostTag: this.hostTag, forcePage });
    const found = await runSliced(steps, alive, 'find-article');
    return found ? this.set(found) : null;
  }

  set(scope: ArticleScope): ArticleScope {
    this.scope = scope;
    this.annotator.scope = scope;
    this.grown = 0;
    this.lastDetect = performance.now();
    return scope;
  }

  /** The scope in force no longer matches the reader's article-or-page setting. */
  settingChanged(): boolean {
    return !!this.scope && this.source.forcePage() !== (this.scope.source === 'forced');
  }

  /**
   * Text outside the scope is not scanned; it is only weighed. Prose (not links) adds
   * up, and past REDETECT_CHARS, or when the article was removed (a single-page app
   * moved on), the article is looked for again, at most once per REDETECT_MS.
   */
  grow(blocks: Element[]): void {
    const scope = this.scope;
    if (!this.source.enabled() || !scope || scope.source === 'forced') return;
    for (const b of blocks) {
      let links = 0;
      for (const a of b.querySelectorAll('a[href]')) links += a.textContent?.length ?? 0;
      this.grown += Math.max(0, (b.textContent?.length ?? 0) - links);
    }
    if (this.grown < REDETECT_CHARS && scope.roots.every((r) => r.isConnected)) return;
    const wait = this.lastDetect + REDETECT_MS - performance.now();
    if (wait <= 0) void this.redetect();
    else if (this.timer === undefined) {
      this.timer = this.ctx.setTimeout(() => {
        this.timer = undefined;
        void this.redetect();
      }, wait);
    }
  }

  /** Look for the article again; if it moved or grew, read the new scope from scratch. */
  async redetect(): Promise<void> {
    if (!this.source.enabled()) return;
    const before = this.scope;
    const after = this.detect();
    if (before && sameScope(before, after)) return;
    if (before && sameScope({ roots: before.roots, excluded: [] }, { roots: after.roots, excluded: [] })) {
      // Same containers, other parts left out (a new share bar, a teaser): adjust, do not start over.
      for (const e of after.excluded) if (!before.excluded.includes(e)) this.annotator.removeWithin(e);
      for (const e of before.excluded) {
        if (after.excluded.includes(e) || !e.isConnected) continue;
        await this.annotator.annotate(e).catch((err: unknown) => console.warn('[newscontext]', err));
      }
      return;
    }
    await this.source.readAgain();
  }

  /** The mode in force, for the popup: "Reading the article (N words)" or "Reading the whole page". */
  info(): Pick<PageMentionsResponse, 'scope' | 'articleWords' | 'pageReason'> {
    const scope = this.scope;
    if (!this.source.enabled() || !scope) return {};
    if (scope.scope === 'page')
      return { scope: 'page', pageReason: scope.source === 'forced' ? 'setting' : 'no-article' };
    // Counted now, not at detection: a "load more" inside the article adds words.
    const text = collectText(document.body, { ownHostTag: this.hostTag, scope }).text;
    const words = text.split(/\s+/).filter(Boolean).length;
    return { scope: 'article', articleWords: words };
  }

  /** The session is switched off: no search for the article is left waiting. */
  stop(): void {
    window.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
