/** "Look up 'selection'": asks the page's content script to open the card for the best match. */
import { browser } from 'wxt/browser';
import { getDataset } from './dataset-loader.ts';
import { lookup } from './handlers.ts';
import type { ContentRequest } from '../protocol.ts';

export const LOOKUP_MENU_ID = 'newscontext-lookup';

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: LOOKUP_MENU_ID,
      title: browser.i18n.getMessage('contextLookup', '%s') || 'Look up “%s”',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU_ID || !info.selectionText || tab?.id === undefined) return;
    void handleLookup(info.selectionText, tab.id);
  });
}

/** The menu's handler, exported so a test can call it as the menu does. */
export async function handleLookup(selection: string, tabId: number): Promise<ContentRequest | null> {
  const result = lookup(await getDataset(), selection.slice(0, 500));
  const id = 'card' in result ? result.card?.id : result.hits[0]?.id;
  if (!id) return null;
  const message: ContentRequest = { type: 'show-card', id };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  return message;
}
