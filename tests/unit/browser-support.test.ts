/** Which browsers the extension runs in, and how it paints highlights in each. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserSupport } from '../../utils/browser-support.ts';
import {
  HIGHLIGHT_STYLES,
  HIGHLIGHT_TYPES,
  highlightName,
  highlightStylesheet,
  paintableStyle,
  parseHighlightName,
  underlineCanPaint,
} from '../../utils/highlight-styles.ts';
import { MIN_CHROME_VERSION, MIN_FIREFOX_VERSION } from '../../wxt.config.ts';

const FIREFOX_140 = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const FIREFOX_153 = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

describe('browser support', () => {
  const modern = { CSS: { highlights: new Map() }, Highlight: class {} };
  it('is there where the Custom Highlight API is', () => {
    expect(browserSupport(modern, { minimum_chrome_version: '111' })).toEqual({
      supported: true,
      family: 'Chrome',
      minVersion: '111',
    });
  });
  it('names the version the manifest claims where it is missing', () => {
    const old = { CSS: {} };
    const gecko = { browser_specific_settings: { gecko: { strict_min_version: '140.0' } } };
    expect(browserSupport(old, gecko)).toEqual({ supported: false, family: 'Firefox', minVersion: '140' });
    expect(browserSupport({}, { minimum_chrome_version: MIN_CHROME_VERSION }).supported).toBe(false);
  });
  it('claims Firefox 140 and a Chromium with color-mix()', () => {
    expect(MIN_FIREFOX_VERSION).toBe('140.0');
    expect(Number(MIN_CHROME_VERSION)).toBeGreaterThanOrEqual(111);
  });
});

describe('highlight styles', () => {
  it('underlines where the browser can paint one, and tints in Firefox 140–148', () => {
    expect(underlineCanPaint(CHROME)).toBe(true);
    expect(underlineCanPaint(FIREFOX_153)).toBe(true);
    expect(underlineCanPaint(FIREFOX_140)).toBe(false);
    expect(paintableStyle('underline', FIREFOX_140)).toBe('background');
    expect(paintableStyle('none', FIREFOX_140)).toBe('none');
    expect(paintableStyle('underline', CHROME)).toBe('underline');
  });

  it('gives every type and style a name that reads back', () => {
    for (const type of HIGHLIGHT_TYPES) {
      for (const style of HIGHLIGHT_STYLES) {
        expect(parseHighlightName(highlightName(type, style))).toEqual({ type, style });
      }
    }
    expect(parseHighlightName('newscontext-unknown')).toBeNull();
    expect(parseHighlightName('page-highlight')).toBeNull();
  });

  it('has one rule per painted style and type, and none for "none"', () => {
    const css = highlightStylesheet();
    for (const type of HIGHLIGHT_TYPES) {
      expect(css).toContain(`::highlight(${highlightName(type, 'underline')}) { text-decoration: underline`);
      expect(css).toContain(`::highlight(${highlightName(type, 'background')}) { background-color:`);
      expect(css).not.toContain(highlightName(type, 'none'));
    }
  });

  it('the content script never adopts a sheet into the page (Firefox Xray wrappers forbid it)', () => {
    const dir = new URL('../../entrypoints/news.content/', import.meta.url);
    for (const file of ['highlighter.ts', 'page-session.ts', 'index.ts']) {
      expect(readFileSync(new URL(file, dir), 'utf8')).not.toMatch(/adoptedStyleSheets\s*=/);
    }
  });
});
