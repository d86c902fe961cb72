/**
 * What opens and closes a mention's card: the pointer resting on a highlight, a tap, focus
 * moving into a mention, Escape, the mention scrolled out of view, and the keyboard's
 * next and previous. Timers and listeners go through `ctx`, like the rest of the session.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardController } from './card-controller.tsx';
import { mentionAt, mentionIn } from './hit-test.ts';
import type { PageMention } from './mention-list.ts';

const CLOSE_DELAY_MS = 250;

/** What the triggers read from the session, live: it changes with the settings and the page. */
export interface TriggerSource {
  /** Hover, tap and focus wait for the whole page's read (no card during a preview). */
  enabled(): boolean;
  /** The mentions shown under the current settings. */
  mentions(): PageMention[];
  hoverDelayMs(): number;
}

export class CardTriggers {
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private hoverMention: PageMention | null = null;
  private frameQueued = false;
  private lastPointer = { x: 0, y: 0 };
  private cursor = -1;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly card: CardController,
    private readonly source: TriggerSource,
  ) {
    card.onPointerInsideChange = (inside) => (inside ? this.cancelClose() : this.scheduleClose());
  }

  listen(): void {
    const ctx = this.ctx;
    ctx.addEventListener(document, 'pointermove', (e) => this.onPointerMove(e), { passive: true });
    ctx.addEventListener(document, 'pointerdown', (e) => this.onPointerDown(e), { capture: true });
    ctx.addEventListener(document, 'focusin', (e) => this.onFocus(e));
    ctx.addEventListener(window, 'keydown', (e) => this.onKey(e), { capture: true });
    ctx.addEventListener(window, 'scroll', () => this.onScroll(), { passive: true, capture: true });
  }

  async open(m: PageMention, focus: boolean): Promise<void> {
    await this.card.open(m.range, m.wire.id, m.wire, focus);
  }

  /** Keyboard next/previous: scroll the mention into view and open its card with focus inside. */
  async step(direction: 'next' | 'previous'): Promise<void> {
    const list = this.source.mentions().filter((m) => !m.range.collapsed);
    if (list.length === 0) return;
    this.cursor =
      direction === 'next' ? (this.cursor + 1) % list.length : (this.cursor - 1 + list.length) % list.length;
    await this.reveal(list[this.cursor]!);
  }

  async reveal(m: PageMention): Promise<void> {
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    await this.open(m, true);
  }

  private onPointerMove(e: PointerEvent): void {
    this.lastPointer = { x: e.clientX, y: e.clientY };
    if (!this.source.enabled() || this.frameQueued || e.pointerType === 'touch') return;
    this.frameQueued = true;
    this.ctx.requestAnimationFrame(() => {
      this.frameQueued = false;
      this.hoverAt(this.lastPointer.x, this.lastPointer.y);
    });
  }

  private hoverAt(x: number, y: number): void {
    if (this.card.hovered) return;
    const m = mentionAt(document, this.source.mentions(), x, y);
    if (m === this.hoverMention) return;
    this.hoverMention = m;
    window.clearTimeout(this.openTimer);
    if (m) {
      this.cancelClose();
      if (this.card.openRange === m.range) return;
      this.openTimer = this.ctx.setTimeout(() => void this.open(m, false), this.source.hoverDelayMs());
    } else if (this.card.isOpen) this.scheduleClose();
  }

  /** Touch: a tap on a mention opens its card; a tap elsewhere closes it. */
  private onPointerDown(e: PointerEvent): void {
    if (!this.source.enabled() || e.composedPath().includes(this.card.host as EventTarget)) return;
    if (e.pointerType !== 'touch') return;
    const m = mentionAt(document, this.source.mentions(), e.clientX, e.clientY);
    if (m) void this.open(m, false);
    else this.card.close();
  }

  private onFocus(e: FocusEvent): void {
    const el = e.target;
    // Focus coming back from a closed card does not open it again.
    if (
      !this.source.enabled() ||
      !(el instanceof Element) ||
      el === this.card.host ||
      this.card.restoringFocus
    )
      return;
    const m = mentionIn(el, this.source.mentions());
    if (m) void this.open(m, false);
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
}
