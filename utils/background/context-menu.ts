/** "Look up 'selection'": asks the page's content script to open the card for the best match. */
import { browser } from 'wxt/browser';
import { getDataset } from './dataset-loader.ts';
import { lookup } from './handlers.ts';
import type { ContentRequest } from '../protocol.ts';

export const LOOKUP_MENU_ID = 'newscontext-lookup';
export const PIN_MENU_ID = 'newscontext-pin';

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: LOOKUP_MENU_ID,
      title: browser.i18n.getMessage('contextLookup', '%s') || 'Look up “%s”',
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: PIN_MENU_ID,
      title: browser.i18n.getMessage('contextPin', '%s') || 'Pin “%s” to research notes',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (!info.selectionText || tab?.id === undefined) return;
    if (info.menuItemId === LOOKUP_MENU_ID) void handleLookup(info.selectionText, tab.id);
    if (info.menuItemId === PIN_MENU_ID) void handleLookup(info.selectionText, tab.id, 'pin-entity');
  });
}

/** The menu's handler, exported so a test can call it as the menu does. */
export async function handleLookup(
  selection: string,
  tabId: number,
  then: 'show-card' | 'pin-entity' = 'show-card',
): Promise<ContentRequest | null> {
  const result = lookup(await getDataset(), selection.slice(0, 500));
  const id = 'card' in result ? result.card?.id : result.hits[0]?.id;
  if (!id) return null;
  const message: ContentRequest = { type: then, id };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  return message;
}
