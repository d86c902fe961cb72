import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDataset } from '../utils/background/dataset-loader.ts';
import { askHost, ensureHost, hostSupported } from '../utils/background/data-host.ts';
import { handle } from '../utils/background/handlers.ts';
import { handlePacks, packInputs, refreshPolicy, withPacks } from '../utils/background/pack-store.ts';
import { policyNow } from '../utils/policy.ts';
import type { PackInputs } from '../engine/packs/index.ts';
import {
  backgroundRequest,
  isPackRequest,
  isPopupWrite,
  type BackgroundRequest,
  type ContentRequest,
  type ErrorResponse,
} from '../utils/protocol.ts';
import { registerContextMenu } from '../utils/background/context-menu.ts';
import { applyPopupWrite } from '../utils/background/popup-writes.ts';

/** A request's answer: class packs here; the rest from the data host where there is one. */
async function answer(req: BackgroundRequest): Promise<unknown> {
  if (isPopupWrite(req)) return applyPopupWrite(req);
  if (!isPackRequest(req) && hostSupported()) return askHost(req, packInputs);
  const base = await getDataset();
  if (isPackRequest(req)) return handlePacks(base, req);
  const { dataset, packs } = await withPacks(base);
  return handle(dataset, req, packs);
}

export default defineBackground(() => {
  // Every start: the host may have been closed (a browser restart, an update).
  const openHost = (inputs: () => Promise<PackInputs> = packInputs) =>
    void ensureHost(inputs).catch((err: unknown) => console.error('NewsContext: no data host', err));
  // One read of the policy at start, for the host's packs and for the copy that pages
  // read while the browser is slow to give the policy (about 3 s after its launch).
  const policy = policyNow();
  openHost(() => packInputs(policy.first));
  void refreshPolicy(policy.fresh).catch((err: unknown) =>
    console.error('NewsContext: policy not read', err),
  );
  // Chrome starts the service worker with the browser only for an extension that listens
  // here: the host is then open before the first page asks it, which no longer wakes us.
  browser.runtime.onStartup.addListener(() => openHost());

  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'to-host') return undefined; // the host answers
    const parsed = backgroundRequest.safeParse(message);
    if (!parsed.success) return undefined; // not ours: let other listeners answer
    return answer(parsed.data).catch((err: unknown): ErrorResponse => ({
      ok: false,
      error: (err as Error).message,
    }));
  });

  // The host applies the packs itself: the policy's can change under it (the reader's are sent as they are saved).
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshPolicy();
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

  registerContextMenu(answer);
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
