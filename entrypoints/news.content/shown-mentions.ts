/**
 * Which of the page's mentions are shown, under the reader's settings: the highlights,
 * and the list that hover, focus and the keyboard read. While only the text in view is
 * read (the preview, view-preview.ts) highlights are shown but nothing opens a card yet.
 */
import type { Settings } from '../../utils/settings.ts';
import type { Highlighter } from './highlighter.ts';
import type { PageMention } from './mention-list.ts';

export interface ShownState {
  settings(): Settings;
  /** The whole page's read has begun: hover, focus and the popup work. */
  enabled(): boolean;
  /** The text in view is highlighted ahead of the whole page's read. */
  previewing(): boolean;
  mentions(): readonly PageMention[];
}

export class ShownMentions {
  private visible: PageMention[] = [];
  /** Mentions were added since `visible` was computed (a page read piece by piece). */
  private stale = false;

  constructor(
    private readonly highlighter: Highlighter,
    private readonly state: ShownState,
  ) {}

  /** Highlights follow the mentions and the settings: types shown, style, first mention only. */
  repaint(): void {
    this.stale = false;
    const { state } = this;
    const showing = state.enabled() || state.previewing();
    // Computed once per change, not on every pointer move: hover and keyboard read this list.
    const shown = showing ? state.mentions().filter((m) => this.shown(m)) : [];
    this.visible = state.enabled() ? shown : []; // hover and keyboard wait for the whole page's read
    if (!showing) return;
    const settings = state.settings();
    this.highlighter.attach(settings.highlightStyle);
    // Only what changed is added or removed: a 1 MB page is not painted again from scratch.
    const seen = new Set<string>();
    this.highlighter.sync(
      shown.filter((m) => {
        if (settings.firstMentionOnly && seen.has(m.wire.id)) return false;
        seen.add(m.wire.id);
        return true;
      }),
    );
  }

  /** New mentions while the page is read piece by piece: their highlights only, in one go. */
  added(list: PageMention[]): void {
    if (!this.state.enabled() && !this.state.previewing()) return;
    if (this.state.settings().firstMentionOnly) return this.repaint(); // an earlier mention may come later
    for (const m of list) if (this.shown(m)) this.highlighter.add(m.type, m.range);
    this.stale = true;
  }

  /** Mentions shown under the current settings; a range whose text the page removed reads as collapsed. */
  list(): PageMention[] {
    if (this.stale) {
      this.stale = false;
      this.visible = this.state.enabled() ? this.state.mentions().filter((m) => this.shown(m)) : [];
    }
    return this.visible;
  }

  private shown(m: PageMention): boolean {
    return this.state.settings().enabledTypes[m.type] && !m.range.collapsed && !m.dismissed;
  }
}
