/**
 * One page's session: scanning and highlights, following the user's settings live.
 * What opens a card (hover, focus, keyboard) is `card-triggers.ts`. Every listener and
 * timer goes through `ctx`, so an extension update or reload leaves nothing behind.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { PACKS_STORAGE_KEY } from '../../engine/packs/storage-key.ts';
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
import { mark, nextTask } from './idle.ts';
import { PageAnnotator, type Prepared } from './page-annotator.ts';
import type { PageMention } from './mention-list.ts';
import { ShownMentions } from './shown-mentions.ts';
import { previewView, type PreviewParts } from './view-preview.ts';
import { ReaderChoices } from './reader-choices.ts';
import { ArticleTracker } from './article-tracker.ts';
import { whenDomLoaded, whenViewParsed } from './page-ready.ts';
import { askData } from '../../utils/ask-data.ts';

const HOST_TAG = UI_TAG.toUpperCase();

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
  private readonly shownMentions = new ShownMentions(this.highlighter, {
    settings: () => this.settings,
    enabled: () => this.enabled,
    previewing: () => this.previewing,
    mentions: () => this.annotator.mentions,
  });
  /** Blocks changed before the settings were known, read once the session is enabled. */
  private early: Element[] = [];
  private readonly choices = new ReaderChoices(() => this.reapplyChoices());
  /** What the scan reads (issue #12): the article found on the page, or the page less its chrome. */
  private readonly article: ArticleTracker;

  constructor(private readonly ctx: ContentScriptContext) {
    this.card = new CardController(ctx);
    this.annotator.onChange = () => this.shownMentions.repaint();
    this.annotator.onAdded = (list) => this.shownMentions.added(list);
    this.annotator.schedule = (cb) => void this.ctx.requestIdleCallback(() => cb(), { timeout: 100 });
    this.triggers = new CardTriggers(ctx, this.card, {
      enabled: () => this.enabled,
      mentions: () => this.shownMentions.list(),
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
    if (await whenViewParsed(this.ctx)) await previewView(this.previewParts(), settingsRead);
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
      if (!(await this.article.detectSliced(forcePage, alive))) return;
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
    else this.shownMentions.repaint();
  }

  private previewParts(): PreviewParts {
    return {
      hostTag: HOST_TAG,
      article: this.article,
      annotator: this.annotator,
      show: (settings) => {
        if (!isSiteEnabled(settings, siteOf(location.href)) || this.enabled) return false;
        this.settings = settings;
        this.previewing = true;
        this.highlighter.attach(settings.highlightStyle);
        return true;
      },
    };
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

  /** Mentions shown under the current settings, for hover, focus, the keyboard and the popup. */
  visibleMentions(): PageMention[] {
    return this.shownMentions.list();
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
