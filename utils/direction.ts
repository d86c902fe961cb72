/** Text direction helpers for the card (follows the page) and the extension's own pages (follow the UI language). */
import { browser } from 'wxt/browser';

export type Direction = 'ltr' | 'rtl';

/** The page's direction: its `<html dir>`, else the computed `direction` of the root element. */
export function pageDirection(doc: Document = document): Direction {
  const attr = doc.documentElement.dir.trim().toLowerCase();
  if (attr === 'rtl' || attr === 'ltr') return attr;
  try {
    return getComputedStyle(doc.documentElement).direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The direction of the browser's UI language, for the popup and the options page. */
export function uiDirection(): Direction {
  try {
    return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** Set `<html lang dir>` of an extension page from the browser's UI language. */
export function applyUiLanguage(doc: Document = document): void {
  let lang = '';
  try {
    lang = browser.i18n.getUILanguage();
  } catch {
    // not in an extension context
  }
  doc.documentElement.lang = lang || navigator.language || 'en';
  doc.documentElement.dir = uiDirection();
}
