/**
 * Highlights through the CSS Custom Highlight API: one named highlight per entity
 * type, styled by a sheet adopted by the document. No node of the page changes.
 */
import type { EntityType } from '../../engine/types.ts';
import type { Settings } from '../../utils/settings.ts';
import { TYPE_COLOURS } from '../../utils/type-colours.ts';

export const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'armed-group', 'place', 'other'];
export const highlightName = (type: EntityType): string => `newscontext-${type}`;

/** Okabe–Ito colours, shared with the options page's preview (utils/type-colours.ts). */
export { TYPE_COLOURS };

function sheetText(style: Settings['highlightStyle']): string {
  if (style === 'none') return '';
  return ENTITY_TYPES.map((t) => {
    const c = TYPE_COLOURS[t];
    const rule =
      style === 'background'
        ? `background-color: ${c}33;`
        : `text-decoration: underline 2px ${c}; text-decoration-skip-ink: none; text-underline-offset: 3px;`;
    return `::highlight(${highlightName(t)}) { ${rule} }`;
  }).join('\n');
}

export class Highlighter {
  private readonly highlights = new Map<EntityType, Highlight>();
  private readonly sheet = new CSSStyleSheet();
  readonly supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

  constructor(private readonly doc: Document) {}

  attach(style: Settings['highlightStyle']): void {
    if (!this.supported) return;
    this.sheet.replaceSync(sheetText(style));
    if (!this.doc.adoptedStyleSheets.includes(this.sheet)) {
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
    for (const t of ENTITY_TYPES) {
      let h = this.highlights.get(t);
      if (!h) {
        h = new Highlight();
        this.highlights.set(t, h);
      }
      CSS.highlights.set(highlightName(t), h);
    }
  }

  add(type: EntityType, range: Range): void {
    this.highlights.get(type)?.add(range);
  }

  remove(type: EntityType, range: Range): void {
    this.highlights.get(type)?.delete(range);
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
  }

  detach(): void {
    if (!this.supported) return;
    this.clear();
    for (const t of ENTITY_TYPES) CSS.highlights.delete(highlightName(t));
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
