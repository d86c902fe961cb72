/** "Look up 'selection'": asks the page's content script to open the card for the best match. */
import { browser } from 'wxt/browser';
import type {
  BackgroundRequest,
  CardResponse,
  ContentRequest,
  ErrorResponse,
  SearchResponse,
} from '../protocol.ts';

/** How the menu asks its question: the background's own answer (the data host's, in Chromium). */
export type Ask = (request: BackgroundRequest) => Promise<unknown>;

export const LOOKUP_MENU_ID = 'newscontext-lookup';
export const PIN_MENU_ID = 'newscontext-pin';

export function registerContextMenu(ask: Ask): void {
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
    if (info.menuItemId === LOOKUP_MENU_ID) void handleLookup(ask, info.selectionText, tab.id);
    if (info.menuItemId === PIN_MENU_ID) void handleLookup(ask, info.selectionText, tab.id, 'pin-entity');
  });
}

/** The menu's handler, exported so a test can call it as the menu does. */
export async function handleLookup(
  ask: Ask,
  selection: string,
  tabId: number,
  then: 'show-card' | 'pin-entity' = 'show-card',
): Promise<ContentRequest | null> {
  const result = (await ask({ type: 'lookup', text: selection.slice(0, 500) })) as
    CardResponse | SearchResponse | ErrorResponse;
  if (!result.ok) return null;
  const id = 'card' in result ? result.card?.id : result.hits[0]?.id;
  if (!id) return null;
  const message: ContentRequest = { type: then, id };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  return message;
}
