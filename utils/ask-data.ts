/**
 * Ask a dataset question from a page's content script or the popup. In Chromium the data
 * host answers (entrypoints/data-host), over one port per page: the service worker has no
 * port listener, so a stopped one is not woken while the page loads, and no data is
 * reloaded. Where no host is open yet (the first page after the browser starts) the port
 * closes at once and the background is asked instead; it opens the host. Firefox asks its
 * background page, which stays loaded. Types only from the protocol: no zod here.
 */
import { browser, type Browser } from 'wxt/browser';
import type { DatasetRequest, HostPortAnswer, HostPortRequest } from './protocol.ts';
import { HOST_PORT } from './protocol-constants.ts';

const HOST_FIRST = import.meta.env.BROWSER !== 'firefox';

interface Waiting {
  request: DatasetRequest;
  resolve(answer: unknown): void;
}

let port: Browser.runtime.Port | null = null;
const waiting = new Map<number, Waiting>();
let nextId = 1;

const askBackground = (request: DatasetRequest): Promise<unknown> => browser.runtime.sendMessage(request);

function openPort(): Browser.runtime.Port {
  const opened = browser.runtime.connect({ name: HOST_PORT });
  opened.onMessage.addListener((message: unknown) => {
    const { id, response } = message as HostPortAnswer;
    const w = waiting.get(id);
    if (!w) return;
    waiting.delete(id);
    w.resolve(response);
  });
  opened.onDisconnect.addListener(() => {
    // Read, so Chrome does not log "Receiving end does not exist" when no host is open: that case is handled here.
    void browser.runtime.lastError;
    if (port === opened) port = null;
    // No host (not open yet, or closed with its answers pending): the background answers
    // instead, and opens a host for the next question.
    const left = [...waiting.values()];
    waiting.clear();
    for (const w of left) w.resolve(askBackground(w.request));
  });
  return opened;
}

export function askData(request: DatasetRequest): Promise<unknown> {
  if (!HOST_FIRST) return askBackground(request);
  try {
    port ??= openPort();
    const id = nextId++;
    const message: HostPortRequest = { id, request };
    port.postMessage(message); // the answer comes in a later task, after the entry below
    return new Promise((resolve) => waiting.set(id, { request, resolve }));
  } catch {
    // The port could not be opened or was closed under us: the background's path says why.
    port = null;
    return askBackground(request);
  }
}
