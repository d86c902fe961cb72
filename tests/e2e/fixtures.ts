/**
 * Playwright fixtures for the end-to-end suite: a headless Chromium with the built
 * extension loaded (a fresh profile for every test), the extension's id and
 * background service worker, a static HTTP server on 127.0.0.1 for the fixture
 * pages, every request the browser makes, and helpers that talk to the extension
 * the way the popup does.
 */
import { test as base, chromium, expect, type Page, type Worker } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { findChromium, INSTALL_HINT } from '../../scripts/find-chromium.mjs';
import type { PageMentionsResponse } from '../../utils/protocol.ts';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const PAGES_DIR = path.resolve('tests/fixtures/pages');
export const SCREENSHOTS_DIR = path.resolve('tests/e2e/screenshots');
export const DOCS_SCREENSHOTS_DIR = path.resolve('docs/screenshots');
export const UI_TAG = 'newscontext-ui';

/** Flags shared by every browser the suite starts; the extension flags are added where needed. */
export const BASE_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumExecutable(): string {
  const found = findChromium();
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

function extensionDir(): string {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `The built extension is missing (${EXTENSION_DIR}). Run \`npm run build\` first, then the e2e tests.`,
    );
  }
  return EXTENSION_DIR;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A tiny static server for tests/fixtures/pages on 127.0.0.1 and a random port. */
async function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(PAGES_DIR, path.normalize(pathname));
    if (!file.startsWith(PAGES_DIR + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** The part of the `chrome` API the helpers use inside the service worker. */
interface ChromeApi {
  tabs: {
    query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

export interface ExtensionHelpers {
  /**
   * Ask the content script of `page` for its mentions, with the typed
   * `page-mentions` message, from the background service worker. The extension
   * has no `tabs` permission, so `chrome.tabs.query({ url })` cannot see page
   * URLs: the page is brought to the front and found as the active tab instead.
   * Null while the content script is not answering yet.
   */
  mentions(page: Page): Promise<PageMentionsResponse | null>;
  /** Poll `mentions` until `check` accepts the answer; returns that answer. */
  waitForMentions(
    page: Page,
    check: (r: PageMentionsResponse) => boolean,
    timeout?: number,
  ): Promise<PageMentionsResponse>;
  /**
   * The popup's site switch, done through the same stored settings item
   * (`local:settings`, version 2) that `setSiteEnabled` in utils/settings.ts writes.
   */
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
}

interface TestFixtures {
  requests: string[];
  extensionId: string;
  background: Worker;
  ext: ExtensionHelpers;
}
interface WorkerFixtures {
  origin: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  origin: [
    async ({}, use) => {
      const { server, origin } = await startServer();
      await use(origin);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    { scope: 'worker' },
  ],

  requests: async ({}, use) => {
    await use([]);
  },

  context: async ({ requests }, use) => {
    const ext = extensionDir();
    const context = await chromium.launchPersistentContext('', {
      headless: true,
      executablePath: chromiumExecutable(),
      args: [...BASE_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    });
    context.on('request', (r) => requests.push(r.url()));
    await use(context);
    await context.close();
  },

  background: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 10_000 });
    await use(worker);
  },

  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },

  ext: async ({ context, background }, use) => {
    const worker = (): Worker => context.serviceWorkers()[0] ?? background;
    const helpers: ExtensionHelpers = {
      async mentions(page) {
        await page.bringToFront();
        return worker().evaluate(async () => {
          const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          if (tab?.id === undefined) return null;
          try {
            return (await chrome.tabs.sendMessage(tab.id, { type: 'page-mentions' })) as PageMentionsResponse;
          } catch {
            return null; // no content script (yet) in that tab
          }
        });
      },
      async waitForMentions(page, check, timeout = 10_000) {
        let last: PageMentionsResponse | null = null;
        await expect
          .poll(
            async () => {
              last = await helpers.mentions(page);
              return last !== null && check(last);
            },
            { timeout, intervals: [100, 100, 200, 250] },
          )
          .toBe(true);
        return last!;
      },
      async setSiteEnabled(site, enabled) {
        await worker().evaluate(
          async ({ site, enabled }) => {
            const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
            const stored = ((await chrome.storage.local.get('settings')).settings ?? {}) as {
              denySites?: string[];
              allowSites?: string[];
              siteMode?: string;
            };
            const deny = new Set(stored.denySites ?? []);
            const allow = new Set(stored.allowSites ?? []);
            if (enabled) {
              deny.delete(site);
              if (stored.siteMode === 'allowlist') allow.add(site);
            } else {
              deny.add(site);
              allow.delete(site);
            }
            await chrome.storage.local.set({
              settings: { ...stored, denySites: [...deny], allowSites: [...allow] },
              settings$: { v: 2 },
            });
          },
          { site, enabled },
        );
      },
    };
    await use(helpers);
  },
});

export { expect };

/** Count of one entity in a page-mentions answer, by display name (0 when absent). */
export function countOf(response: PageMentionsResponse, name: string): number {
  return response.entities.find((e) => e.name === name)?.count ?? 0;
}

/** The viewport box of the `nth` occurrence of `text` in the text under `selector`. */
export async function textBox(
  page: Page,
  selector: string,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.evaluate(
    ({ selector, text, nth }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        let from = 0;
        for (let i = n.data.indexOf(text, from); i >= 0; i = n.data.indexOf(text, from)) {
          if (seen++ === nth) {
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + text.length);
            const r = range.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }
          from = i + text.length;
        }
      }
      return null;
    },
    { selector, text, nth },
  );
  if (!box) throw new Error(`"${text}" (#${nth}) not found under ${selector}`);
  return box;
}

/** Move the mouse onto the middle of the `nth` occurrence of `text` under `selector`. */
export async function hoverText(page: Page, selector: string, text: string, nth = 0): Promise<void> {
  const b = await textBox(page, selector, text, nth);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
}

/** The open card inside the extension's shadow root (Playwright's CSS pierces open shadow roots). */
export const cardLocator = (page: Page) => page.locator(`${UI_TAG} .nc-card`);
