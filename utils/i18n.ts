/** UI strings through browser.i18n (`public/_locales`), with the key as a last resort. */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions as never) || key;
  } catch {
    return key;
  }
}
