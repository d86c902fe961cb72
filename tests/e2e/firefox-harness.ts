/**
 * One Firefox with the built extension installed, on a fixture page, for the Firefox
 * specs: pointer and keys sent over WebDriver BiDi as a reader's, the extension's own
 * pages opened in tabs, and a check at the end that nothing logged an error.
 */
import { expect } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHighlightName } from '../../utils/highlight-styles.ts';
import { findFirefoxes, FIREFOX_INSTALL_HINT, type FoundFirefox } from '../../scripts/find-firefox.mjs';
import { FirefoxBidi } from './firefox-bidi.ts';
import { startServer } from './static-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
export const UI_TAG = 'newscontext-ui';
const ADDON_ID = 'newscontext@newscontext.example';
/** Fixed for the test profile (Firefox picks a random one per install), so its pages have a known URL. */
const ADDON_UUID = '6a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** Every Firefox to run in, oldest first; a spec describes its tests once per version. */
export function firefoxes(): FoundFirefox[] {
  const found = findFirefoxes();
  if (found.length === 0) throw new Error(FIREFOX_INSTALL_HINT);
  return found;
}

/** Each highlight's name and the text of its ranges. */
export const HIGHLIGHTED = `[...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])`;

/** The viewport box of the `nth` occurrence of `text` under `selector`. */
export const boxOf = (selector: string, text: string, nth = 0): string => `(() => {
  const walker = document.createTreeWalker(document.querySelector(${JSON.stringify(selector)}), NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (let i = n.data.indexOf(${JSON.stringify(text)}); i >= 0; i = n.data.indexOf(${JSON.stringify(text)}, i + 1)) {
      if (seen++ !== ${nth}) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + ${text.length});
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
  }
  return null;
})()`;

/** An element inside the card's shadow root, as an expression. */
export const inCard = (selector: string): string =>
  `document.querySelector('${UI_TAG}')?.shadowRoot?.querySelector(${JSON.stringify(selector)})`;

export const CARD_NAME = `${inCard('.nc-card .name')}?.textContent ?? null`;
const CARD_OPACITY = `getComputedStyle(${inCard('.nc-card')}).opacity`;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FirefoxPage {
  ff: FirefoxBidi;
  context: string;
  origin: string;
  eval<T>(expression: string, context?: string): Promise<T>;
  /** Move the pointer onto `text` under `selector` and wait for the card of `name`, fully faded in. */
  hoverFor(selector: string, text: string, name: string): Promise<void>;
  /** Click the middle of a box, as a mouse would. */
  clickAt(box: Box, context?: string): Promise<void>;
  /** Click an element given as an expression (in the page or the card's shadow root). */
  click(element: string, context?: string): Promise<void>;
  /** Press one key (a WebDriver key value such as '\uE00C' for Escape). */
  press(key: string, context?: string): Promise<void>;
  /** Open an extension page (`popup.html`, `options.html`) in a new tab; its context id. */
  openExtensionPage(page: string): Promise<string>;
  /** The highlighted texts by entity type, whatever style they are drawn in. */
  highlighted(): Promise<Map<string, string[]>>;
  /** The highlight styles the ranges are registered under. */
  styles(): Promise<string[]>;
}

export async function withFirefoxOn(
  firefox: FoundFirefox,
  page: string,
  body: (p: FirefoxPage) => Promise<void>,
  prefs: Record<string, string | number | boolean> = {},
): Promise<void> {
  const { server, origin } = await startServer();
  const ff = await FirefoxBidi.launch(firefox.path, {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    ...prefs,
  });
  try {
    await ff.send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
    await ff.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
    const { contexts } = await ff.send<{ contexts: { context: string }[] }>('browsingContext.getTree');
    const context = contexts[0]!.context;
    await ff.send('browsingContext.setViewport', { context, viewport: { width: 1000, height: 760 } });
    await ff.send('browsingContext.navigate', { context, url: `${origin}/${page}`, wait: 'complete' });
    const p = harness(ff, context, origin);
    await expect
      .poll(async () => [...(await p.highlighted()).values()].flat().length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await body(p);
    const errors = ff.events
      .filter((e) => e.method === 'log.entryAdded' && e.params.level === 'error')
      .map((e) => String(e.params.text));
    expect(errors).toEqual([]);
  } finally {
    await ff.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

function harness(ff: FirefoxBidi, context: string, origin: string): FirefoxPage {
  const evaluate = <T>(expression: string, ctx = context): Promise<T> => ff.evaluate<T>(ctx, expression);
  const pointer = (ctx: string, actions: Record<string, unknown>[]) =>
    ff.send('input.performActions', { context: ctx, actions: [{ type: 'pointer', id: 'mouse', actions }] });
  const clickAt = async (box: Box, ctx = context): Promise<void> => {
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height / 2);
    await pointer(ctx, [
      { type: 'pointerMove', x, y, duration: 50 },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  };
  return {
    ff,
    context,
    origin,
    eval: evaluate,
    clickAt,
    async click(element, ctx = context) {
      const box = await evaluate<Box | null>(
        `(() => { const el = ${element}; if (!el) return null; el.scrollIntoView({ block: 'nearest' });
          const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })()`,
        ctx,
      );
      if (!box) throw new Error(`nothing to click: ${element}`);
      await clickAt(box, ctx);
    },
    async press(key, ctx = context) {
      await ff.send('input.performActions', {
        context: ctx,
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: key },
              { type: 'keyUp', value: key },
            ],
          },
        ],
      });
    },
    async hoverFor(selector, text, name) {
      const at = await evaluate<Box>(boxOf(selector, text));
      await pointer(context, [
        {
          type: 'pointerMove',
          x: Math.round(at.x + at.width / 2),
          y: Math.round(at.y + at.height / 2),
          duration: 100,
        },
      ]);
      await expect.poll(() => evaluate<string | null>(CARD_NAME), { timeout: 10_000 }).toBe(name);
      await expect.poll(() => evaluate<string>(CARD_OPACITY)).toBe('1');
    },
    async openExtensionPage(page) {
      const { context: tab } = await ff.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await ff.send('browsingContext.navigate', {
        context: tab,
        url: `${EXTENSION_ORIGIN}/${page}`,
        wait: 'complete',
      });
      return tab;
    },
    async highlighted() {
      const out = new Map<string, string[]>();
      for (const [name, texts] of await evaluate<[string, string[]][]>(HIGHLIGHTED)) {
        const parsed = parseHighlightName(name);
        if (parsed) out.set(parsed.type, [...(out.get(parsed.type) ?? []), ...texts]);
      }
      return out;
    },
    async styles() {
      const names = await evaluate<[string, string[]][]>(HIGHLIGHTED);
      return [...new Set(names.map(([n]) => parseHighlightName(n)?.style).filter((s) => s !== undefined))];
    },
  };
}
