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

  add(type: EntityType, range: Range): void {
    this.highlights.get(type)?.add(range);
  }

  remove(type: EntityType, range: Range): void {
    this.highlights.get(type)?.delete(range);
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
      const gone: Range[] = [];
      for (const r of h) if (!(r instanceof Range) || !want?.has(r)) gone.push(r as Range);
      for (const r of gone) h.delete(r);
      if (want) for (const r of want) if (!h.has(r)) h.add(r);
    }
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
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
