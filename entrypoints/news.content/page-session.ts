/**
 * One page's session: scanning, highlights, hover and keyboard, following the
 * user's settings live. Every listener and timer goes through `ctx`, so an
 * extension update or reload leaves nothing behind.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { PACKS_STORAGE_KEY } from '../../engine/packs/storage-key.ts';
import { findArticle, findArticleSteps, type ArticleScope } from '../../engine/article/find-article.ts';
import { sameScope } from '../../engine/article/in-scope.ts';
import { collectText, collectTextUntil } from '../../engine/text/collect.ts';
import type { PageMentionsResponse, WireMention } from '../../utils/protocol.ts';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isSiteEnabled,
  linkChoicesItem,
  scopeFor,
  settingsItem,
  siteOf,
  type Settings,
} from '../../utils/settings.ts';
import { CardController, UI_TAG } from './card-controller.tsx';
import { Highlighter } from './highlighter.ts';
import { mentionAt, mentionIn } from './hit-test.ts';
import { watchMutations } from './mutation-watcher.ts';
import { mark, nextTask, noteSlice, runSliced } from './idle.ts';
import { PageAnnotator, type PageMention, type Prepared } from './page-annotator.ts';
import { ReaderChoices } from './reader-choices.ts';
import { whenDomLoaded, whenViewParsed } from './page-ready.ts';
import { askData } from '../../utils/ask-data.ts';

const HOST_TAG = UI_TAG.toUpperCase();
const CLOSE_DELAY_MS = 250;
/** Prose (characters outside links) added outside the article before it is looked for again. */
const REDETECT_CHARS = 80;
/** At most one new search for the article in this time; a later change waits for the end of it. */
const REDETECT_MS = 500;
/** How far below the top of the view the preview weighs the page for its article, in screens. */
const WEIGHED_SCREENS = 4;

export class PageSession {
  readonly annotator = new PageAnnotator(document, HOST_TAG);
  readonly highlighter = new Highlighter();
  readonly card: CardController;
  settings!: Settings;
  enabled = false;
  /** Highlights of the text in view shown before the DOM is complete (`preview`). */
  private previewing = false;
  private observer: MutationObserver | null = null;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private hoverMention: PageMention | null = null;
  private frameQueued = false;
  private lastPointer = { x: 0, y: 0 };
  private cursor = -1;
  private visible: PageMention[] = [];
  /** Mentions were added since `visible` was computed (a page read piece by piece). */
  private visibleStale = false;
  /** Blocks changed before the settings were known, read once the session is enabled. */
  private early: Element[] = [];
  private readonly choices = new ReaderChoices(() => this.reapplyChoices());
  /** What the scan reads (issue #12): the article found on the page, or the page less its chrome. */
  private scope: ArticleScope | null = null;
  /** Prose added since the article was last looked for, which might change where it is. */
  private grown = 0;
  private lastDetect = 0;
  private redetectTimer: number | undefined;

  constructor(private readonly ctx: ContentScriptContext) {
    this.card = new CardController(ctx);
    this.annotator.onChange = () => this.repaint();
    this.annotator.onAdded = (list) => this.added(list);
    this.annotator.schedule = (cb) => void this.ctx.requestIdleCallback(() => cb(), { timeout: 100 });
    this.card.onPointerInsideChange = (inside) => (inside ? this.cancelClose() : this.scheduleClose());
    this.card.onChoose = (wire, id) => void this.choose(wire, id);
    this.annotator.rewrite = (m) => this.choices.apply(m);
  }

  async start(): Promise<void> {
    mark('start');
    const domCompleteAtStart = document.readyState !== 'loading';
    // The settings and the reader's choices are read in parallel from the start (issue #14).
    const settingsRead = getSettings();
    const ahead: { settings?: Settings } = {};
    void settingsRead.then((s) => (ahead.settings = s)).catch(() => undefined);
    const choicesRead = this.choices.load();
    // Wake the background (a stopped service worker loads its data meanwhile); it answers at once.
    void askData({ type: 'ping' }).catch(() => undefined);
    // A long page still being parsed: the text in view is read as soon as it is on screen.
    if (await whenViewParsed(this.ctx)) await this.preview(settingsRead);
    await whenDomLoaded(this.ctx);
    if (!document.body) return;
    // The storage reads and the ping leave before the collection below. Only a script that
    // started on a complete DOM needs a task for that: else they left while the page loaded,
    // and a task now waits behind the page's own after DOMContentLoaded (about 20 ms).
    if (domCompleteAtStart) await nextTask();
    const site = siteOf(location.href);
    // Read since document_start, the settings are usually in by now: a site the reader
    // switched off costs nothing more. Else the work below assumes the defaults.
    let prepared: (Prepared & { forcePage: boolean }) | undefined;
    if (!ahead.settings || isSiteEnabled(ahead.settings, site)) {
      // Changes from now on are not missed: blocks changed before the settings arrive are read after.
      this.watch();
      const forcePage = scopeFor(ahead.settings ?? DEFAULT_SETTINGS, site) === 'page';
      // Both in slices of a few milliseconds: on a big page each would be a long task.
      const alive = () => this.ctx.isValid;
      const found = await runSliced(
        findArticleSteps(document, { ownHostTag: HOST_TAG, forcePage }),
        alive,
        'find-article',
      );
      if (!found) return;
      this.setScope(found);
      mark('detected');
      const collected = await this.annotator.prepareSliced(document.body, alive);
      prepared = collected ? { forcePage, ...collected } : undefined;
      mark('collected');
    }
    const [settings] = await Promise.all([settingsRead, choicesRead]);
    this.settings = settings;
    mark('settings');
    const unwatch = settingsItem.watch(() => void this.applySettings());
    this.ctx.onInvalidated(unwatch);
    const unwatchChoices = linkChoicesItem.watch((value) => {
      this.choices.set(value);
      this.reapplyChoices();
    });
    this.ctx.onInvalidated(unwatchChoices);
    // A class pack installed, switched or removed changes what names mean: read the page again.
    this.ctx.onInvalidated(storage.watch(PACKS_STORAGE_KEY, () => void this.reread()));
    this.ctx.addEventListener(document, 'pointermove', (e) => this.onPointerMove(e), { passive: true });
    this.ctx.addEventListener(document, 'pointerdown', (e) => this.onPointerDown(e), { capture: true });
    this.ctx.addEventListener(document, 'focusin', (e) => this.onFocus(e));
    this.ctx.addEventListener(window, 'keydown', (e) => this.onKey(e), { capture: true });
    this.ctx.addEventListener(window, 'scroll', () => this.onScroll(), { passive: true, capture: true });
    await this.applySettings(settings, prepared);
  }

  private async applySettings(
    settings?: Settings,
    prepared?: Prepared & { forcePage: boolean },
  ): Promise<void> {
    this.settings = settings ?? (await getSettings());
    const enable = isSiteEnabled(this.settings, siteOf(location.href));
    if (!enable && this.previewing) {
      this.previewing = false; // switched off while the page was loading
      this.annotator.clear();
      this.highlighter.detach();
    }
    if (!enable && !this.enabled && this.observer) {
      this.observer.disconnect(); // set up before the settings were known
      this.observer = null;
      this.early = [];
    }
    if (enable && !this.enabled)
      await this.enable(prepared?.forcePage === this.forcePage() ? prepared : undefined);
    else if (!enable && this.enabled) this.disable();
    else if (this.enabled && this.scope && this.forcePage() !== (this.scope.source === 'forced'))
      await this.redetect(); // the reader switched between the article and the whole page
    else this.repaint();
  }

  /**
   * The text in view of a page still being parsed, read on its own (issue #14). It runs
   * between two of the parser's chunks, before the first frame: the article is looked for
   * in what is parsed so far and the text down to a screen below the view is sent at once;
   * the settings, on their way, decide whether the answer is shown. What it finds is only
   * shown: the whole page's read, once the DOM is complete, replaces it (`enable`), and
   * hover, focus and the popup wait for that.
   */
  private async preview(settingsRead: Promise<Settings>): Promise<void> {
    const body = document.body;
    if (!body) return;
    mark('preview');
    const t0 = performance.now();
    const forcePage = scopeFor(DEFAULT_SETTINGS, siteOf(location.href)) === 'page';
    // The article is weighed on what is parsed down to a few screens below the view: the
    // rest of a long page, also parsed by now, would only make the first highlights later.
    const weighed = WEIGHED_SCREENS * window.innerHeight;
    const stopAt = (block: Element) => block.getBoundingClientRect().top > weighed;
    const scope = this.setScope(findArticle(document, { ownHostTag: HOST_TAG, forcePage, stopAt }));
    mark('preview-detected');
    const bottom = 2 * window.innerHeight;
    const past = (last: Text) => (last.parentElement?.getBoundingClientRect().top ?? 0) > bottom;
    const collected = collectTextUntil(body, { ownHostTag: HOST_TAG, scope }, past);
    mark('preview-collected');
    const shown = settingsRead.then((settings) => {
      if (!isSiteEnabled(settings, siteOf(location.href)) || this.enabled) return false;
      this.settings = settings;
      this.previewing = true;
      this.highlighter.attach(settings.highlightStyle);
      return true;
    });
    const reading = this.annotator.annotate(body, {
      progressive: true,
      viewOnly: true,
      prepared: { root: body, scope, collected },
      gate: shown,
    });
    noteSlice(t0, 'preview');
    await reading.catch((err: unknown) => console.warn('[newscontext]', err));
  }

  private async enable(prepared?: Prepared): Promise<void> {
    this.enabled = true;
    this.highlighter.attach(this.settings.highlightStyle);
    if (!prepared) this.detect();
    this.watch();
    const replace = this.previewing;
    this.previewing = false;
    const reading = this.annotator.annotate(document.body, { progressive: true, prepared, replace });
    // Blocks that changed while the settings were read: read them again now.
    const early = this.early;
    this.early = [];
    if (early.length) void this.rescan(early.filter((b) => b.isConnected));
    await reading.catch((err: unknown) => console.warn('[newscontext]', err));
  }

  private watch(): void {
    this.observer ??= watchMutations(
      document.body,
      HOST_TAG,
      (blocks) => void this.rescan(blocks),
      (cb) => this.ctx.requestAnimationFrame(cb),
      { scope: () => this.scope, onOutside: (blocks) => this.grow(blocks) },
    );
  }

  // ── What to read: the article or the whole page ─────────────────────────────

  private forcePage(): boolean {
    return scopeFor(this.settings, siteOf(location.href)) === 'page';
  }

  private detect(forcePage = this.forcePage()): ArticleScope {
    return this.setScope(findArticle(document, { ownHostTag: HOST_TAG, forcePage }));
  }

  private setScope(scope: ArticleScope): ArticleScope {
    this.scope = scope;
    this.annotator.scope = scope;
    this.grown = 0;
    this.lastDetect = performance.now();
    return scope;
  }

  /**
   * Text outside the scope is not scanned; it is only weighed. Prose (not links) adds
   * up, and past REDETECT_CHARS, or when the article was removed (a single-page app
   * moved on), the article is looked for again, at most once per REDETECT_MS.
   */
  private grow(blocks: Element[]): void {
    const scope = this.scope;
    if (!this.enabled || !scope || scope.source === 'forced') return;
    for (const b of blocks) {
      let links = 0;
      for (const a of b.querySelectorAll('a[href]')) links += a.textContent?.length ?? 0;
      this.grown += Math.max(0, (b.textContent?.length ?? 0) - links);
    }
    if (this.grown < REDETECT_CHARS && scope.roots.every((r) => r.isConnected)) return;
    const wait = this.lastDetect + REDETECT_MS - performance.now();
    if (wait <= 0) void this.redetect();
    else if (this.redetectTimer === undefined) {
      this.redetectTimer = this.ctx.setTimeout(() => {
        this.redetectTimer = undefined;
        void this.redetect();
      }, wait);
    }
  }

  /** Look for the article again; if it moved or grew, read the new scope from scratch. */
  private async redetect(): Promise<void> {
    if (!this.enabled) return;
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
    this.card.close();
    this.annotator.clear();
    await this.annotator
      .annotate(document.body, { progressive: true })
      .catch((err: unknown) => console.warn('[newscontext]', err));
  }

  private async reread(): Promise<void> {
    if (!this.enabled) return;
    this.card.close();
    this.annotator.clear();
    await this.annotator
      .annotate(document.body, { progressive: true })
      .catch((err: unknown) => console.warn('[newscontext]', err));
  }

  /** The mode in force, for the popup: "Reading the article (N words)" or "Reading the whole page". */
  scopeInfo(): Pick<PageMentionsResponse, 'scope' | 'articleWords' | 'pageReason'> {
    const scope = this.scope;
    if (!this.enabled || !scope) return {};
    if (scope.scope === 'page')
      return { scope: 'page', pageReason: scope.source === 'forced' ? 'setting' : 'no-article' };
    // Counted now, not at detection: a "load more" inside the article adds words.
    const text = collectText(document.body, { ownHostTag: HOST_TAG, scope }).text;
    const words = text.split(/\s+/).filter(Boolean).length;
    return { scope: 'article', articleWords: words };
  }

  private disable(): void {
    this.enabled = false;
    window.clearTimeout(this.redetectTimer);
    this.redetectTimer = undefined;
    this.observer?.disconnect();
    this.observer = null;
    this.card.close();
    this.annotator.clear();
    this.highlighter.detach();
  }

  private async rescan(blocks: Element[]): Promise<void> {
    if (!this.enabled) {
      if (this.observer) this.early.push(...blocks); // the settings are not known yet
      return;
    }
    // A page with no article so far: a body that arrives late may be the article.
    if (this.scope?.source === 'no-article') this.grow(blocks);
    for (const b of blocks) {
      this.annotator.removeWithin(b);
      await this.annotator.annotate(b).catch((err: unknown) => console.warn('[newscontext]', err));
    }
  }

  /** Highlights follow the mentions and the settings: types shown, style, first mention only. */
  private repaint(): void {
    this.visibleStale = false;
    // Computed once per change, not on every pointer move: hover and keyboard read this list.
    const shown = this.enabled || this.previewing ? this.annotator.mentions.filter((m) => this.shown(m)) : [];
    this.visible = this.enabled ? shown : []; // hover and keyboard wait for the whole page's read
    if (!this.enabled && !this.previewing) return;
    this.highlighter.attach(this.settings.highlightStyle);
    // Only what changed is added or removed: a 1 MB page is not painted again from scratch.
    const seen = new Set<string>();
    this.highlighter.sync(
      shown.filter((m) => {
        if (this.settings.firstMentionOnly && seen.has(m.wire.id)) return false;
        seen.add(m.wire.id);
        return true;
      }),
    );
  }

  private shown(m: PageMention): boolean {
    return this.settings.enabledTypes[m.type] && !m.range.collapsed && !m.dismissed;
  }

  /** New mentions while the page is read piece by piece: their highlights only, in one go. */
  private added(list: PageMention[]): void {
    if (!this.enabled && !this.previewing) return;
    if (this.settings.firstMentionOnly) return this.repaint(); // an earlier mention may come later
    for (const m of list) if (this.shown(m)) this.highlighter.add(m.type, m.range);
    this.visibleStale = true;
  }

  /** Mentions shown under the current settings; a range whose text the page removed reads as collapsed. */
  visibleMentions(): PageMention[] {
    if (this.visibleStale) {
      this.visibleStale = false;
      this.visible = this.enabled ? this.annotator.mentions.filter((m) => this.shown(m)) : [];
    }
    return this.visible;
  }

  // ── "Not this one" ─────────────────────────────────────────────────────────

  private reapplyChoices(): void {
    const open = this.annotator.mentions.find((m) => m.range === this.card.openRange);
    for (const m of this.annotator.mentions) this.choices.apply(m);
    this.annotator.onChange();
    if (open?.dismissed) this.card.close();
  }

  /** The reader's answer to "Not this one": another entity, or `null` for "not a link". */
  private async choose(wire: WireMention, id: string | null): Promise<void> {
    const target = this.annotator.mentions.find((m) => m.wire === wire);
    if (!target) return;
    await this.choices.remember(target, id);
    this.reapplyChoices();
    if (id === null) this.card.close(true);
    else if (!target.dismissed) await this.openMention(target, true);
  }

  private onPointerMove(e: PointerEvent): void {
    this.lastPointer = { x: e.clientX, y: e.clientY };
    if (!this.enabled || this.frameQueued || e.pointerType === 'touch') return;
    this.frameQueued = true;
    this.ctx.requestAnimationFrame(() => {
      this.frameQueued = false;
      this.hoverAt(this.lastPointer.x, this.lastPointer.y);
    });
  }

  private hoverAt(x: number, y: number): void {
    if (this.card.hovered) return;
    const m = mentionAt(document, this.visibleMentions(), x, y);
    if (m === this.hoverMention) return;
    this.hoverMention = m;
    window.clearTimeout(this.openTimer);
    if (m) {
      this.cancelClose();
      if (this.card.openRange === m.range) return;
      this.openTimer = this.ctx.setTimeout(() => void this.openMention(m, false), this.settings.hoverDelayMs);
    } else if (this.card.isOpen) this.scheduleClose();
  }

  /** Touch: a tap on a mention opens its card; a tap elsewhere closes it. */
  private onPointerDown(e: PointerEvent): void {
    if (!this.enabled || e.composedPath().includes(this.card.host as EventTarget)) return;
    if (e.pointerType !== 'touch') return;
    const m = mentionAt(document, this.visibleMentions(), e.clientX, e.clientY);
    if (m) void this.openMention(m, false);
    else this.card.close();
  }

  private onFocus(e: FocusEvent): void {
    const el = e.target;
    // Focus coming back from a closed card does not open it again.
    if (!this.enabled || !(el instanceof Element) || el === this.card.host || this.card.restoringFocus)
      return;
    const m = mentionIn(el, this.visibleMentions());
    if (m) void this.openMention(m, false);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.card.isOpen) this.card.close(true);
  }

  private onScroll(): void {
    const range = this.card.openRange;
    if (!range) return;
    const rect = range.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > window.innerHeight || rect.right < 0 || rect.left > window.innerWidth) {
      this.card.close();
    }
  }

  private scheduleClose(): void {
    window.clearTimeout(this.closeTimer);
    this.closeTimer = this.ctx.setTimeout(() => {
      if (!this.card.hovered && !this.hoverMention) this.card.close();
    }, CLOSE_DELAY_MS);
  }

  private cancelClose(): void {
    window.clearTimeout(this.closeTimer);
  }

  async openMention(m: PageMention, focus: boolean): Promise<void> {
    await this.card.open(m.range, m.wire.id, m.wire, focus);
  }

  /** Keyboard next/previous: scroll the mention into view and open its card with focus inside. */
  async step(direction: 'next' | 'previous'): Promise<void> {
    const list = this.visibleMentions().filter((m) => !m.range.collapsed);
    if (list.length === 0) return;
    this.cursor =
      direction === 'next' ? (this.cursor + 1) % list.length : (this.cursor - 1 + list.length) % list.length;
    await this.reveal(list[this.cursor]!);
  }

  async reveal(m: PageMention): Promise<void> {
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    await this.openMention(m, true);
  }
}
