/**
 * The popover: one shadow-root UI (the only node the extension adds to a page),
 * rendered with Preact and placed with Floating UI so it flips and shifts to stay
 * in the viewport.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CARD_CSS } from '../../components/card-styles.ts';
import { Popover } from '../../components/popover.tsx';
import { pinCard } from './pin.ts';
import type { EntityCard } from '../../engine/card/card.ts';
import type { BackgroundRequest, CardResponse, ErrorResponse, WireMention } from '../../utils/protocol.ts';
import { t } from '../../utils/i18n.ts';
import { askData } from '../../utils/ask-data.ts';

export const UI_TAG = 'newscontext-ui';

const HOST_CSS = `:host { position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; display: block !important; }`;

interface OpenState {
  anchor: Range;
  evidence?: WireMention | undefined;
  stack: EntityCard[];
  error?: string;
  returnFocus: Element | null;
}

export class CardController {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private state: OpenState | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private pointerInside = false;
  onPointerInsideChange: (inside: boolean) => void = () => {};
  /** "Not this one": the reader picked another entity for the mention, or `null` (not a link). */
  onChoose: ((m: WireMention, id: string | null) => void) | null = null;
  /** True while focus is being given back to the page after a close. */
  restoringFocus = false;
  /** The article's date (YYYY-MM-DD), or null when the page states none and the reader set none. */
  articleDate: string | null = null;
  /** The page's own publication date, kept with a pin. */
  published: string | null = null;
  private pinStatus = '';

  constructor(private readonly ctx: ContentScriptContext) {}

  get isOpen(): boolean {
    return this.state !== null;
  }
  get openRange(): Range | null {
    return this.state?.anchor ?? null;
  }
  get hovered(): boolean {
    return this.pointerInside;
  }
  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  private async ensureUi(): Promise<ShadowRootContentScriptUi<void>> {
    this.ui ??= await createShadowRootUi(this.ctx, {
      name: UI_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: HOST_CSS + CARD_CSS,
      onMount: () => undefined,
    });
    if (!this.ui.shadowHost.isConnected) this.ui.mount();
    return this.ui;
  }

  async open(anchor: Range, id: string, evidence?: WireMention, focus = false): Promise<void> {
    // Focus already in the card (stepping from one mention to the next, a choice made in
    // the card) goes back where it came from before the first card, not to the card.
    const active = document.activeElement;
    const returnFocus =
      this.state && (active === this.host || active === document.body || !active)
        ? this.state.returnFocus
        : focus
          ? active
          : null;
    this.state = { anchor, evidence, stack: [], returnFocus };
    this.pinStatus = '';
    await this.ensureUi();
    this.draw();
    const card = await this.fetchCard(id);
    if (this.state?.anchor !== anchor) return; // closed or replaced meanwhile
    if (card) this.state.stack = [card];
    else this.state.error = t('cardUnavailable');
    this.draw();
    if (focus) this.focusCard();
  }

  /** Pin the card on top (the one shown) with the mention it was opened on; false when none is open. */
  async pin(): Promise<boolean> {
    const state = this.state;
    const card = state?.stack[state.stack.length - 1];
    if (!state || !card) return false;
    this.pinStatus = await pinCard(card, state.anchor, this.published);
    if (this.state === state) this.draw();
    return true;
  }

  private async fetchCard(id: string): Promise<EntityCard | null> {
    const request: BackgroundRequest = { type: 'card', id };
    try {
      const res = (await askData(request)) as CardResponse | ErrorResponse | undefined;
      return res?.ok ? res.card : null;
    } catch {
      return null;
    }
  }

  private async navigate(id: string): Promise<void> {
    const card = await this.fetchCard(id);
    if (!card || !this.state) return;
    this.state.stack.push(card);
    this.draw();
    this.focusCard();
  }

  close(restoreFocus = false): void {
    const state = this.state;
    this.state = null;
    this.pointerInside = false;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (this.ui) render(null, this.ui.uiContainer);
    if (restoreFocus && state?.returnFocus instanceof HTMLElement && state.returnFocus.isConnected) {
      this.restoringFocus = true;
      try {
        state.returnFocus.focus({ preventScroll: true });
      } finally {
        this.restoringFocus = false;
      }
    }
  }

  private focusCard(): void {
    const el = this.ui?.uiContainer.querySelector<HTMLElement>('.nc-card');
    el?.focus({ preventScroll: true });
  }

  private draw(): void {
    const state = this.state;
    const ui = this.ui;
    if (!state || !ui) return;
    const card = state.stack[state.stack.length - 1] ?? null;
    render(
      <Popover
        card={card}
        error={state.error}
        evidence={state.stack.length <= 1 ? state.evidence : undefined}
        canGoBack={state.stack.length > 1}
        onNavigate={(id) => void this.navigate(id)}
        onBack={() => {
          state.stack.pop();
          this.draw();
          this.focusCard();
        }}
        onClose={() => this.close(true)}
        onChoose={state.evidence && this.onChoose ? (id) => this.onChoose?.(state.evidence!, id) : undefined}
        articleDate={this.articleDate}
        onPin={card ? () => void this.pin() : undefined}
        pinStatus={this.pinStatus}
        // A touch pointer "leaves" when the finger lifts: only a mouse or pen hovers.
        onPointerEnter={(e) => e.pointerType !== 'touch' && this.setPointerInside(true)}
        onPointerLeave={(e) => e.pointerType !== 'touch' && this.setPointerInside(false)}
      />,
      ui.uiContainer,
    );
    const floating = ui.uiContainer.querySelector<HTMLElement>('.nc-card');
    if (floating && !this.stopAutoUpdate) {
      this.stopAutoUpdate = autoUpdate(state.anchor, floating, () => void this.place(state.anchor, floating));
    } else if (floating) void this.place(state.anchor, floating);
  }

  private setPointerInside(inside: boolean): void {
    this.pointerInside = inside;
    this.onPointerInsideChange(inside);
  }

  private async place(anchor: Range, floating: HTMLElement): Promise<void> {
    const { x, y } = await computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        inline(),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            floating.style.maxHeight = `${Math.max(160, Math.min(520, availableHeight))}px`;
          },
        }),
      ],
    });
    floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }
}
