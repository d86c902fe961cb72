import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDataset } from '../utils/background/dataset-loader.ts';
import { handle } from '../utils/background/handlers.ts';
import { handlePacks, withPacks } from '../utils/background/pack-store.ts';
import {
  backgroundRequest,
  isPackRequest,
  type ContentRequest,
  type ErrorResponse,
} from '../utils/protocol.ts';
import { registerContextMenu } from '../utils/background/context-menu.ts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const parsed = backgroundRequest.safeParse(message);
    if (!parsed.success) return undefined; // not ours: let other listeners answer
    const req = parsed.data;
    return getDataset()
      .then(async (base) => {
        if (isPackRequest(req)) return handlePacks(base, req);
        const { dataset, packs } = await withPacks(base);
        return handle(dataset, req, packs);
      })
      .catch((err: unknown): ErrorResponse => ({ ok: false, error: (err as Error).message }));
  });

  // Keyboard shortcuts act on the active tab's content script.
  browser.commands?.onCommand.addListener((command) => {
    const message: ContentRequest | null =
      command === 'next-mention'
        ? { type: 'step-mention', direction: 'next' }
        : command === 'previous-mention'
          ? { type: 'step-mention', direction: 'previous' }
          : command === 'pin-card'
            ? { type: 'pin-card' }
            : null;
    void sendToActiveTab(command === 'toggle-highlights' ? 'toggle' : message);
  });

  registerContextMenu();
});

async function sendToActiveTab(message: ContentRequest | 'toggle' | null): Promise<void> {
  if (!message) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (message === 'toggle') {
    const { toggleSite } = await import('../utils/settings.ts');
    if (tab.url) await toggleSite(tab.url);
    return;
  }
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}
