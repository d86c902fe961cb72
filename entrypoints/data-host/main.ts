/**
 * The data host (Chromium): an offscreen document whose worker keeps the dataset loaded.
 * Chrome stops an idle service worker after about 30 s, and a stopped worker would have
 * to fetch and check ~15 MB before its first answer; the host is not stopped, so a page
 * opened minutes later is answered at once (issue #14). Pages' content scripts ask it
 * directly (`to-host`); the background opens it and sends it the class packs.
 */
import { browser } from 'wxt/browser';
import { hostPacksMessage, hostRequest, isPackRequest } from '../../utils/protocol.ts';
import type { FromWorker, ToWorker } from './worker-messages.ts';
import DataWorker from './data-worker.ts?worker';

const worker = new DataWorker();
const waiting = new Map<number, (response: unknown) => void>();
let nextId = 1;

worker.onmessage = (event: MessageEvent<FromWorker>) => {
  waiting.get(event.data.id)?.(event.data.response);
  waiting.delete(event.data.id);
};
const post = (message: ToWorker) => worker.postMessage(message);

browser.runtime.onMessage.addListener((message: unknown) => {
  const packs = hostPacksMessage.safeParse(message);
  if (packs.success) {
    post({ packs: { stored: packs.data.stored, policyPacks: packs.data.policyPacks } });
    return Promise.resolve({ ok: true });
  }
  const parsed = hostRequest.safeParse(message);
  if (!parsed.success || isPackRequest(parsed.data.request)) return undefined; // not for the host
  const request = parsed.data.request;
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    post({ id, request });
  });
});
