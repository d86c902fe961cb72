/**
 * Highlights through the CSS Custom Highlight API: one named highlight per entity
 * type. Their rules come from a stylesheet the browser injects with the content
 * script (utils/highlight-styles.ts says why), so nothing here touches the page's
 * DOM or its style sheets; the style setting picks which names the ranges go under.
 */
import type { EntityType } from '../../engine/types.ts';
import {
  HIGHLIGHT_TYPES,
  highlightName,
  paintableStyle,
  type HighlightStyle,
} from '../../utils/highlight-styles.ts';

/** What the content script needs from the browser; without it, it does nothing at all. */
export function highlightApiSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export class Highlighter {
  private readonly highlights = new Map<EntityType, Highlight>();
  /**
   * The ranges each highlight holds, kept on our side: in a Firefox content script a
   * Highlight is seen through an Xray wrapper, and iterating or querying its set there
   * does not see what was added, so `sync` works from this copy.
   */
  private readonly shown = new Map<EntityType, Set<Range>>();
  private style: HighlightStyle | null = null;
  readonly supported = highlightApiSupported();

  attach(chosen: HighlightStyle): void {
    if (!this.supported) return;
    const style = paintableStyle(chosen, navigator.userAgent);
    if (this.style !== null && this.style !== style) this.unregister(this.style);
    this.style = style;
    for (const t of HIGHLIGHT_TYPES) {
      let h = this.highlights.get(t);
      if (!h) {
        h = new Highlight();
        this.highlights.set(t, h);
      }
      CSS.highlights.set(highlightName(t, style), h);
    }
  }

  private shownOf(type: EntityType): Set<Range> {
    let set = this.shown.get(type);
    if (!set) this.shown.set(type, (set = new Set()));
    return set;
  }

  add(type: EntityType, range: Range): void {
    const h = this.highlights.get(type);
    if (!h) return;
    h.add(range);
    this.shownOf(type).add(range);
  }

  remove(type: EntityType, range: Range): void {
    this.highlights.get(type)?.delete(range);
    this.shown.get(type)?.delete(range);
  }

  /** Make the highlights exactly `list`: ranges no longer in it are removed, new ones added. */
  sync(list: readonly { type: EntityType; range: Range }[]): void {
    const wanted = new Map<EntityType, Set<Range>>();
    for (const { type, range } of list) {
      let set = wanted.get(type);
      if (!set) wanted.set(type, (set = new Set()));
      set.add(range);
    }
    for (const [type, h] of this.highlights) {
      const want = wanted.get(type);
      const shown = this.shownOf(type);
      for (const r of [...shown]) {
        if (want?.has(r)) continue;
        h.delete(r);
        shown.delete(r);
      }
      if (want) for (const r of want) if (!shown.has(r)) this.add(type, r);
    }
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
    this.shown.clear();
  }

  detach(): void {
    if (!this.supported) return;
    this.clear();
    if (this.style !== null) this.unregister(this.style);
    this.style = null;
  }

  private unregister(style: HighlightStyle): void {
    for (const t of HIGHLIGHT_TYPES) CSS.highlights.delete(highlightName(t, style));
  }
}
