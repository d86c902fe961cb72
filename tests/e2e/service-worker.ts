/**
 * The extension's service worker in a test: started again if Chrome stopped it, and
 * used to speak to a tab as the background's commands do.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The part of the `chrome` API the helpers use inside the service worker. */
export interface ChromeApi {
  tabs: {
    query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

const workerScopes = new WeakMap<BrowserContext, string>();

/** Called by the `background` fixture once the worker has started: its scope finds it again. */
export function rememberWorkerScope(context: BrowserContext, worker: Worker): void {
  workerScopes.set(context, new URL('/', worker.url()).href);
}

/**
 * The extension's service worker, started if Chrome stopped it. Pages ask the data host
 * over a port and never wake it (utils/ask-data.ts), so the helpers that speak from the
 * background start it themselves, as DevTools does.
 */
export async function runningWorker(context: BrowserContext): Promise<Worker> {
  const scope = workerScopes.get(context);
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(scope ?? '?'));
  if (!scope || !worker) throw new Error('runningWorker: the background fixture has not started');
  // Playwright keeps one Worker across a stop and a start, and its calls hang while the
  // worker is stopped: ask Chrome for the worker's state, and start it if need be.
  const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
  try {
    let starting = false;
    const running = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const mine = versions.filter((v) => v.scriptURL.startsWith(scope));
        if (mine.some((v) => v.runningStatus === 'running')) resolve();
        else if (mine.length && !starting) {
          starting = true;
          void cdp.send('ServiceWorker.startWorker', { scopeURL: scope });
        }
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await running;
    return worker;
  } finally {
    await cdp.detach();
  }
}

/**
 * Send a content-script message to `page`'s tab from the background service worker,
 * the way its command and context-menu handlers do (`tabs.sendMessage` to the
 * active tab). Returns the content script's answer, or null.
 */
export async function sendFromBackground(
  context: BrowserContext,
  page: Page,
  message: unknown,
): Promise<unknown> {
  await page.bringToFront();
  return (await runningWorker(context)).evaluate(async (message) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    try {
      return await chrome.tabs.sendMessage(tab.id, message);
    } catch {
      return null;
    }
  }, message);
}
