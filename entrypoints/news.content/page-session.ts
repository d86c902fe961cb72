/**
 * One page's session: scanning, highlights, hover and keyboard, following the
 * user's settings live. Every listener and timer goes through `ctx`, so an
 * extension update or reload leaves nothing behind.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Alternative, BackgroundRequest, CardResponse, WireMention } from '../../utils/protocol.ts';
import {
  aliasKeyOf,
  choiceFor,
  EMPTY_LINK_CHOICES,
  getLinkChoices,
  getSettings,
  isSiteEnabled,
  linkChoicesItem,
  rememberLinkChoice,
  settingsItem,
  siteOf,
  type LinkChoices,
  type Settings,
} from '../../utils/settings.ts';
import { CardController, UI_TAG } from './card-controller.tsx';
import { Highlighter } from './highlighter.ts';
import { mentionAt, mentionIn } from './hit-test.ts';
import { watchMutations } from './mutation-watcher.ts';
import { PageAnnotator, type PageMention } from './page-annotator.ts';

const HOST_TAG = UI_TAG.toUpperCase();
const CLOSE_DELAY_MS = 250;

type Known = Pick<Alternative, 'id' | 'name' | 'type'> & { role?: string | undefined };

/** The mention as the entity the reader chose: the linker's reading becomes an alternative. */
function chosenReading(original: WireMention, chosen: Known & { score?: number }): WireMention {
  const others = (original.alternatives ?? []).filter((a) => a.id !== chosen.id);
  const linked: Alternative = {
    id: original.id,
    name: original.name,
    type: original.type,
    score: original.score,
  };
  return {
    ...original,
    id: chosen.id,
    name: chosen.name,
    type: chosen.type,
    score: chosen.score ?? original.score,
    chosen: true,
    runnerUp: { id: original.id, name: original.name, score: original.score },
    alternatives: [linked, ...others],
  };
}

export class PageSession {
  readonly annotator = new PageAnnotator(document, HOST_TAG);
  readonly highlighter = new Highlighter(document);
  readonly card: CardController;
  settings!: Settings;
  enabled = false;
  private observer: MutationObserver | null = null;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private hoverMention: PageMention | null = null;
  private frameQueued = false;
  private lastPointer = { x: 0, y: 0 };
  private cursor = -1;
  private choices: LinkChoices = EMPTY_LINK_CHOICES;
  /** Entities the reader chose that no mention carries as an alternative any more (looked up once). */
  private readonly known = new Map<string, Known>();

  constructor(private readonly ctx: ContentScriptContext) {
    this.card = new CardController(ctx);
    this.annotator.onChange = () => this.repaint();
    this.card.onPointerInsideChange = (inside) => (inside ? this.cancelClose() : this.scheduleClose());
    this.card.onChoose = (wire, id) => void this.choose(wire, id);
    this.annotator.rewrite = (m) => this.applyChoice(m);
  }

  async start(): Promise<void> {
    this.settings = await getSettings();
    this.choices = await getLinkChoices().catch(() => EMPTY_LINK_CHOICES);
    const unwatch = settingsItem.watch(() => void this.applySettings());
    this.ctx.onInvalidated(unwatch);
    const unwatchChoices = linkChoicesItem.watch((value) => {
      this.choices = { sites: value?.sites ?? {}, pages: value?.pages ?? {} };
      this.reapplyChoices();
    });
    this.ctx.onInvalidated(unwatchChoices);
    this.ctx.addEventListener(document, 'pointermove', (e) => this.onPointerMove(e), { passive: true });
    this.ctx.addEventListener(document, 'pointerdown', (e) => this.onPointerDown(e), { capture: true });
    this.ctx.addEventListener(document, 'focusin', (e) => this.onFocus(e));
    this.ctx.addEventListener(window, 'keydown', (e) => this.onKey(e), { capture: true });
    this.ctx.addEventListener(window, 'scroll', () => this.onScroll(), { passive: true, capture: true });
    await this.applySettings();
  }

  private async applySettings(): Promise<void> {
    this.settings = await getSettings();
    const enable = isSiteEnabled(this.settings, siteOf(location.href));
    if (enable && !this.enabled) await this.enable();
    else if (!enable && this.enabled) this.disable();
    else this.repaint();
  }

  private async enable(): Promise<void> {
    this.enabled = true;
    this.highlighter.attach(this.settings.highlightStyle);
    this.observer = watchMutations(
      document.body,
      HOST_TAG,
      (blocks) => void this.rescan(blocks),
      (cb) => this.ctx.requestAnimationFrame(cb),
    );
    await this.annotator.annotate(document.body).catch((err: unknown) => console.warn('[newscontext]', err));
  }

  private disable(): void {
    this.enabled = false;
    this.observer?.disconnect();
    this.observer = null;
    this.card.close();
    this.annotator.clear();
    this.highlighter.detach();
  }

  private async rescan(blocks: Element[]): Promise<void> {
    if (!this.enabled) return;
    for (const b of blocks) {
      this.annotator.removeWithin(b);
      await this.annotator.annotate(b).catch((err: unknown) => console.warn('[newscontext]', err));
    }
  }

  /** Highlights follow the mentions and the settings: types shown, style, first mention only. */
  private repaint(): void {
    if (!this.enabled) return;
    this.highlighter.attach(this.settings.highlightStyle);
    this.highlighter.clear();
    const seen = new Set<string>();
    for (const m of this.visibleMentions()) {
      if (this.settings.firstMentionOnly && seen.has(m.wire.id)) continue;
      seen.add(m.wire.id);
      this.highlighter.add(m.type, m.range);
    }
  }

  visibleMentions(): PageMention[] {
    return this.annotator.mentions.filter(
      (m) => this.settings.enabledTypes[m.type] && !m.range.collapsed && !m.dismissed,
    );
  }

  // ── "Not this one" ─────────────────────────────────────────────────────────

  /** Give a mention the reading the reader chose for it on this page or site, if any. */
  private applyChoice(m: PageMention): PageMention {
    const o = m.original;
    const choice = choiceFor(this.choices, location.href, aliasKeyOf(o.alias, o.id));
    m.dismissed = choice === null;
    m.wire = o;
    if (choice && choice !== o.id) {
      const chosen = o.alternatives?.find((a) => a.id === choice) ?? this.known.get(choice);
      if (chosen) m.wire = chosenReading(o, chosen);
      else void this.lookUp(choice);
    }
    m.type = m.wire.type;
    return m;
  }

  private reapplyChoices(): void {
    const open = this.annotator.mentions.find((m) => m.range === this.card.openRange);
    for (const m of this.annotator.mentions) this.applyChoice(m);
    this.annotator.onChange();
    if (open?.dismissed) this.card.close();
  }

  /** Name and type of a chosen entity the linker no longer offers (context changed). */
  private async lookUp(id: string): Promise<void> {
    if (this.known.has(id)) return;
    this.known.set(id, { id, name: id, type: 'other' }); // once
    const request: BackgroundRequest = { type: 'card', id };
    const res = (await browser.runtime.sendMessage(request).catch(() => null)) as CardResponse | null;
    const card = res?.ok ? res.card : null;
    if (!card) {
      this.known.delete(id);
      return;
    }
    this.known.set(id, { id, name: card.name, type: card.type, role: card.role });
    this.reapplyChoices();
  }

  /** The reader's answer to "Not this one": another entity, or `null` for "not a link". */
  private async choose(wire: WireMention, id: string | null): Promise<void> {
    const target = this.annotator.mentions.find((m) => m.wire === wire);
    if (!target) return;
    const o = target.original;
    await rememberLinkChoice(location.href, aliasKeyOf(o.alias, o.id), id);
    this.choices = await getLinkChoices();
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
    const list = this.visibleMentions();
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
