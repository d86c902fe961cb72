/**
 * Playwright fixtures for the end-to-end suite: a headless Chromium with the built
 * extension loaded (a fresh profile for every test), the extension's id and
 * background service worker, a static HTTP server on 127.0.0.1 for the fixture
 * pages, every request the browser makes, and helpers that talk to the extension
 * the way the popup does.
 */
import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, INSTALL_HINT } from '../../scripts/find-chromium.mjs';
import type { PageMentionsResponse } from '../../utils/protocol.ts';
import { RealPopup } from './real-popup.ts';
import { rememberWorkerScope, runningWorker, sendFromBackground, type ChromeApi } from './service-worker.ts';
import { startServer } from './static-server.ts';

/** The repository root, whatever directory Playwright was started from. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const SCREENSHOTS_DIR = path.join(ROOT, 'tests/e2e/screenshots');
export const DOCS_SCREENSHOTS_DIR = path.join(ROOT, 'docs/screenshots');
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
   * Open the real toolbar popup for `page`, as a click on the toolbar button
   * would (CDP `Extensions.triggerAction`, which also grants `activeTab`).
   */
  openPopup(page: Page): Promise<RealPopup>;
  /** The data host's `dataset-status` answer, asked from the service worker as a page would. */
  hostStatus(): Promise<{ ok: boolean; error?: string }>;
}

interface TestFixtures {
  /** Load the extension from this folder instead of the build (a damaged copy, say). */
  extensionPath: string | undefined;
  requests: string[];
  /**
   * A test that damages the extension on purpose expects it to log this: such errors may
   * come at any time until the browser closes (the background reports a damaged file
   * each time it is read), so they are left out of the check at the end.
   */
  expectedErrors: RegExp | undefined;
  /** Errors the extension logged (content script, popup, options, background); none may be left. */
  extensionErrors: string[];
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

  extensionPath: [undefined, { option: true }],

  requests: async ({}, use) => {
    await use([]);
  },

  expectedErrors: [undefined, { option: true }],

  extensionErrors: [
    async ({ expectedErrors }, use) => {
      const errors: string[] = [];
      await use(errors);
      const unexpected = errors.filter((e) => !expectedErrors?.test(e));
      expect(unexpected, 'the extension logged errors').toEqual([]);
    },
    { auto: true },
  ],

  context: async ({ requests, extensionErrors, extensionPath }, use) => {
    const ext = extensionPath ?? extensionDir();
    const context = await chromium.launchPersistentContext('', {
      headless: true,
      executablePath: chromiumExecutable(),
      args: [...BASE_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    });
    context.on('request', (r) => requests.push(r.url()));
    // The content script's console is the page's, told apart by the script's URL.
    context.on('console', (m) => {
      if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) {
        extensionErrors.push(`${m.location().url}: ${m.text()}`);
      }
    });
    context.on('weberror', (e) => extensionErrors.push(String(e.error())));
    await use(context);
    await context.close();
  },

  background: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 10_000 });
    rememberWorkerScope(context, worker);
    await use(worker);
  },

  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },

  ext: async ({ context, background, extensionId }, use) => {
    void background; // started, so its scope is known to runningWorker
    const helpers: ExtensionHelpers = {
      async mentions(page) {
        await page.bringToFront();
        return (await runningWorker(context)).evaluate(async () => {
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
              // Names come in pieces (the text in view first): the check is on the whole read.
              return last !== null && !last.reading && check(last);
            },
            { timeout, intervals: [100, 100, 200, 250] },
          )
          .toBe(true);
        return last!;
      },
      async openPopup(page) {
        return RealPopup.open(context, page, extensionId);
      },
      async hostStatus() {
        return (await runningWorker(context)).evaluate(async () => {
          const chrome = globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };
          };
          return chrome.chrome.runtime.sendMessage({ type: 'to-host', request: { type: 'dataset-status' } });
        });
      },
    };
    await use(helpers);
  },
});

export { expect, RealPopup, runningWorker, sendFromBackground };

/** A name without diacritics, for matching display names such as "Jalālābād". */
export const plainName = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '');

/** Count of one entity in a page-mentions answer, by display name, diacritics ignored (0 when absent). */
export function countOf(response: PageMentionsResponse, name: string): number {
  return response.entities.find((e) => plainName(e.name) === plainName(name))?.count ?? 0;
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

/** Where focus is: inside the card (the shadow root's focused element) or a page element's id. */
export async function focusState(page: Page): Promise<{ inCard: boolean; pageId: string | null }> {
  return page.evaluate((tag) => {
    const active = document.activeElement;
    if (active?.tagName.toLowerCase() === tag) {
      const inner = active.shadowRoot?.activeElement ?? null;
      return { inCard: inner !== null && inner.closest('.nc-card') !== null, pageId: null };
    }
    return { inCard: false, pageId: active && active !== document.body ? active.id || active.tagName : null };
  }, UI_TAG);
}

/** The text of every range in the extension's highlights. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('newscontext-')) continue;
      for (const r of highlight) out.push((r as Range).toString().replace(/\s+/g, ' '));
    }
    return out;
  });
}

/** Tap the middle of the `nth` occurrence of `text` under `selector` (needs a `hasTouch` context). */
export async function tapText(page: Page, selector: string, text: string, nth = 0): Promise<void> {
  const b = await textBox(page, selector, text, nth);
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
}

/** A persistent context with the built extension, like the `context` fixture, with extra options (and a profile kept across launches). */
export async function launchExtensionContext(
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
  userDataDir = '',
): Promise<BrowserContext> {
  const ext = extensionDir();
  return chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromiumExecutable(),
    ...options,
    args: [...BASE_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
}

/** A clip around the open card and the text it belongs to, for README pictures. */
export async function cardClip(
  page: Page,
  anchor: { x: number; y: number; width: number; height: number },
  pad = 24,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const card = await cardLocator(page).boundingBox();
  if (!card) throw new Error('no card is open');
  const vp = page.viewportSize() ?? { width: 1280, height: 720 };
  const x0 = Math.max(0, Math.min(card.x, anchor.x) - pad);
  const y0 = Math.max(0, Math.min(card.y, anchor.y) - pad);
  const x1 = Math.min(vp.width, Math.max(card.x + card.width, anchor.x + anchor.width) + pad);
  const y1 = Math.min(vp.height, Math.max(card.y + card.height, anchor.y + anchor.height) + pad);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
