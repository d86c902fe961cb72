/**
 * The `::highlight()` rules for every entity type in every highlight style, as one
 * static stylesheet that the browser injects with the content script (manifest
 * `content_scripts[].css`, written by wxt.config.ts).
 *
 * Why a static sheet injected by the browser, and not a sheet the content script
 * adopts into the document:
 * - In a Firefox content script `document.adoptedStyleSheets` is an Xray-wrapped
 *   observable array: it lacks the Array methods, and assigning a sheet made in the
 *   content script's compartment throws "Accessing from Xray wrapper is not
 *   supported". Building the sheet on the page's side (`wrappedJSObject`,
 *   `cloneInto`) would work, but would hand the page a live object of ours and needs
 *   a second code path for Chromium.
 * - A sheet injected from the manifest adds no node to the page, is not subject to
 *   the page's Content-Security-Policy, and works the same in Chromium and Firefox.
 *
 * The style setting then picks among highlight names that the sheet already
 * covers: changing the style re-registers the same ranges under other names.
 */
import type { EntityType } from '../engine/types.ts';
import type { Settings } from './settings.ts';
import { TYPE_COLOURS } from './type-colours.ts';

export type HighlightStyle = Settings['highlightStyle'];

export const HIGHLIGHT_TYPES: readonly EntityType[] = [
  'person',
  'organization',
  'armed-group',
  'place',
  'other',
];
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];

/** Where the sheet sits in the package; declared in the manifest, never web-accessible. */
export const HIGHLIGHT_CSS_FILE = 'content-scripts/highlights.css';

/**
 * The registered name of a type's highlight in a style. Underline, the default,
 * keeps the plain `newscontext-<type>`; `none` has a name with no rule, so the
 * ranges stay registered (keyboard navigation and counts read them) but paint nothing.
 */
export function highlightName(type: EntityType, style: HighlightStyle = 'underline'): string {
  return style === 'underline' ? `newscontext-${type}` : `newscontext-${type}--${style}`;
}

/** The entity type and style a registered highlight name stands for, or null if not ours. */
export function parseHighlightName(name: string): { type: EntityType; style: HighlightStyle } | null {
  const m = /^newscontext-([a-z-]+?)(?:--(background|none))?$/.exec(name);
  if (!m) return null;
  const type = HIGHLIGHT_TYPES.find((t) => t === m[1]);
  return type ? { type, style: (m[2] as HighlightStyle | undefined) ?? 'underline' } : null;
}

/**
 * Firefox 140–148 implement the Highlight registry but paint only `color` and
 * `background-color` in `::highlight()`; underlines arrive in 149 (seen in 140.12 ESR:
 * ranges registered, nothing drawn). No feature test can see paint without changing
 * the page, so the version decides.
 */
export const FIREFOX_UNDERLINE_SINCE = 149;

export function underlineCanPaint(userAgent: string): boolean {
  const firefox = /\bFirefox\/(\d+)/.exec(userAgent);
  return !firefox || Number(firefox[1]) >= FIREFOX_UNDERLINE_SINCE;
}

/** The style that will actually show: underline becomes a tint where it cannot paint. */
export function paintableStyle(style: HighlightStyle, userAgent: string): HighlightStyle {
  return style === 'underline' && !underlineCanPaint(userAgent) ? 'background' : style;
}

function rule(style: HighlightStyle, colour: string): string | null {
  if (style === 'background') return `background-color: ${colour}33;`;
  if (style === 'underline') {
    return `text-decoration: underline 2px ${colour}; text-decoration-skip-ink: none; text-underline-offset: 3px;`;
  }
  return null;
}

/** The whole stylesheet: one rule per type and painting style. */
export function highlightStylesheet(): string {
  const lines: string[] = [];
  for (const style of HIGHLIGHT_STYLES) {
    for (const type of HIGHLIGHT_TYPES) {
      const body = rule(style, TYPE_COLOURS[type]);
      if (body) lines.push(`::highlight(${highlightName(type, style)}) { ${body} }`);
    }
  }
  return `/* NewsContext: the page's names, drawn by the CSS Custom Highlight API. */\n${lines.join('\n')}\n`;
}
