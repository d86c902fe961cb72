/**
 * One page's session: scanning and highlights, following the user's settings live.
 * What opens a card (hover, focus, keyboard) is `card-triggers.ts`. Every listener and
 * timer goes through `ctx`, so an extension update or reload leaves nothing behind.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { PACKS_STORAGE_KEY } from '../../engine/packs/storage-key.ts';
import { findArticle, findArticleSteps } from '../../engine/article/find-article.ts';
import { collectTextUntil } from '../../engine/text/collect.ts';
import type { PageMentionsResponse, WireMention } from '../../utils/protocol.ts';
import {
  DEFAULT_SETTINGS,
  getSettings,
  readSettings,
  isSiteEnabled,
  linkChoicesItem,
  scopeFor,
  settingsItem,
  siteOf,
  type Settings,
} from '../../utils/settings.ts';
import { CardController, UI_TAG } from './card-controller.tsx';
import { Highlighter } from './highlighter.ts';
import { CardTriggers } from './card-triggers.ts';
import { watchMutations } from './mutation-watcher.ts';
import { mark, nextTask, noteSlice, runSliced } from './idle.ts';
import { PageAnnotator, type Prepared } from './page-annotator.ts';
import type { PageMention } from './mention-list.ts';
import { ReaderChoices } from './reader-choices.ts';
import { ArticleTracker } from './article-tracker.ts';
import { whenDomLoaded, whenViewParsed } from './page-ready.ts';
import { askData } from '../../utils/ask-data.ts';

const HOST_TAG = UI_TAG.toUpperCase();
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
  private readonly triggers: CardTriggers;
  private visible: PageMention[] = [];
  /** Mentions were added since `visible` was computed (a page read piece by piece). */
  private visibleStale = false;
  /** Blocks changed before the settings were known, read once the session is enabled. */
  private early: Element[] = [];
  private readonly choices = new ReaderChoices(() => this.reapplyChoices());
  /** What the scan reads (issue #12): the article found on the page, or the page less its chrome. */
  private readonly article: ArticleTracker;

  constructor(private readonly ctx: ContentScriptContext) {
    this.card = new CardController(ctx);
    this.annotator.onChange = () => this.repaint();
    this.annotator.onAdded = (list) => this.added(list);
    this.annotator.schedule = (cb) => void this.ctx.requestIdleCallback(() => cb(), { timeout: 100 });
    this.triggers = new CardTriggers(ctx, this.card, {
      enabled: () => this.enabled,
      mentions: () => this.visibleMentions(),
      hoverDelayMs: () => this.settings.hoverDelayMs,
    });
    this.article = new ArticleTracker(ctx, this.annotator, HOST_TAG, {
      enabled: () => this.enabled,
      forcePage: () => this.forcePage(),
      readAgain: () => this.reread(),
    });
    this.card.onChoose = (wire, id) => void this.choose(wire, id);
    this.annotator.rewrite = (m) => this.choices.apply(m);
  }

  async start(): Promise<void> {
    mark('start');
    const domCompleteAtStart = document.readyState !== 'loading';
    // The settings and the reader's choices are read in parallel from the start (issue #14),
    // with the policy's kept copy if the browser is slow to give the policy (just launched).
    const { first: settingsRead, fresh: settingsFresh } = readSettings();
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
      this.article.set(found);
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
    this.triggers.listen();
    await this.applySettings(settings, prepared);
    // The policy as the browser gives it, seconds later at its launch: it wins over the copy.
    void settingsFresh.then(
      (fresh) => {
        if (this.ctx.isValid && JSON.stringify(fresh) !== JSON.stringify(this.settings))
          void this.applySettings(fresh);
      },
      () => undefined,
    );
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
    else if (this.enabled && this.article.settingChanged())
      await this.article.redetect(); // the reader switched between the article and the whole page
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
    const scope = this.article.set(findArticle(document, { ownHostTag: HOST_TAG, forcePage, stopAt }));
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
    if (!prepared) this.article.detect();
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
      { scope: () => this.article.scope, onOutside: (blocks) => this.article.grow(blocks) },
    );
  }

  private forcePage(): boolean {
    return scopeFor(this.settings, siteOf(location.href)) === 'page';
  }

  /** A class pack changed what names mean, or the article moved: the page is read again. */
  private async reread(): Promise<void> {
    if (!this.enabled) return;
    this.card.close();
    this.annotator.clear();
    await this.annotator
      .annotate(document.body, { progressive: true })
      .catch((err: unknown) => console.warn('[newscontext]', err));
  }

  /** The mode in force, for the popup. */
  scopeInfo(): Pick<PageMentionsResponse, 'scope' | 'articleWords' | 'pageReason'> {
    return this.article.info();
  }

  private disable(): void {
    this.enabled = false;
    this.article.stop();
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
    if (this.article.scope?.source === 'no-article') this.article.grow(blocks);
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
    else if (!target.dismissed) await this.triggers.open(target, true);
  }

  /** Keyboard next/previous (the popup's and the shortcut's): see `CardTriggers`. */
  step(direction: 'next' | 'previous'): Promise<void> {
    return this.triggers.step(direction);
  }

  reveal(m: PageMention): Promise<void> {
    return this.triggers.reveal(m);
  }
}
