/**
 * Ask a dataset question from a page's content script or the popup. In Chromium the data
 * host answers (entrypoints/data-host), with no wait for a stopped service worker to
 * start and reload the data; where no host is open yet (the first page after the browser
 * starts) the background is asked instead, and it opens the host. Firefox asks its
 * background page, which stays loaded. Types only from the protocol: no zod here.
 */
import { browser } from 'wxt/browser';
import type { DatasetRequest, HostRequest } from './protocol.ts';

const HOST_FIRST = import.meta.env.BROWSER !== 'firefox';

export async function askData(request: DatasetRequest): Promise<unknown> {
  if (HOST_FIRST) {
    const message: HostRequest = { type: 'to-host', request };
    const answer: unknown = await browser.runtime.sendMessage(message).catch(() => undefined);
    if (answer !== undefined) return answer;
  }
  return browser.runtime.sendMessage(request);
}
