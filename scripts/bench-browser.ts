/**
 * `npm run bench:browser`: what a reader waits for, measured in Debian's Chromium with
 * the built extension (run `npm run build` first). Medians of RUNS runs:
 *   - the seed page, background running (warm) and stopped before each navigation
 *     with CDP `ServiceWorker.stopAllWorkers` (cold, the usual case after 30 s idle):
 *     navigation start → the first highlight;
 *   - a 1 MB article generated here (the seed article's body repeated): the first
 *     highlight in view, and the long tasks the extension adds (the same page without
 *     the extension is the baseline), and the longest task.
 * The seed page is read from ../shared in place; without it the fixture article stands in.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { ROOT } from './lib/artefacts.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
const SEED = path.join(ROOT, '../shared/eval/seed-article/page.html');
const FALLBACK = path.join(ROOT, 'tests/fixtures/pages/article.html');
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The seed page, and a ~1 MB page made of its article repeated. */
function pages(): { seed: string; big: string; source: string } {
  const source = existsSync(SEED) ? SEED : FALLBACK;
  const seed = readFileSync(source, 'utf8');
  const body = /<article[\s\S]*?<\/article>/i.exec(seed)?.[0] ?? seed;
  const copies = Math.ceil(1_000_000 / body.length);
  const big = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>1 MB article</title></head><body>${Array(copies).fill(body).join('\n')}</body></html>`;
  return { seed, big, source };
}

/** Runs in the page before anything else: when the first highlight appears, and the long tasks. */
const PROBE = `(() => {
  const w = window;
  w.__bench = { first: null, firstInView: null, long: [] };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__bench.long.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const inView = (r) => { const b = r.getBoundingClientRect(); return b.bottom > 0 && b.top < innerHeight && b.width > 0; };
  const tick = () => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('newscontext-') || h.size === 0) continue;
      w.__bench.first ??= performance.now();
      for (const r of h) if (inView(r)) { w.__bench.firstInView ??= performance.now(); break; }
    }
    if (w.__bench.firstInView === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

interface Sample {
  first: number | null;
  firstInView: number | null;
  long: number[];
}

async function visit(page: Page, url: string, settleMs: number, highlights = true): Promise<Sample> {
  await page.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + (highlights ? 15_000 : 0);
  let s = (await page.evaluate('window.__bench')) as Sample;
  while (s.firstInView === null && Date.now() < deadline) {
    await page.waitForTimeout(20);
    s = (await page.evaluate('window.__bench')) as Sample;
  }
  await page.waitForTimeout(settleMs); // let the rest of the page's scan finish and be counted
  return (await page.evaluate('window.__bench')) as Sample;
}

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
  const args = withExtension
    ? [...ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`]
    : ARGS;
  const context = await chromium.launchPersistentContext('', { headless: true, executablePath, args });
  await context.addInitScript(PROBE);
  return context;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) throw new Error('Run `npm run build` first.');
  const { seed, big, source } = pages();
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.url?.startsWith('/big') ? big : seed);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  console.log(
    `bench:browser: ${RUNS} runs each; seed page ${path.relative(ROOT, source)}; 1 MB page ${(big.length / 1e6).toFixed(2)} MB`,
  );

  const context = await launch(true);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await visit(page, `${origin}/seed?warmup`, 300); // the first start installs and loads the dataset

  const warm: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push((await visit(page, `${origin}/seed?warm=${i}`, 100)).first ?? NaN);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    cold.push((await visit(page, `${origin}/seed?cold=${i}`, 100)).first ?? NaN);
  }
  console.log(
    `seed page: first highlight ${median(warm).toFixed(0)} ms (background running), ${median(cold).toFixed(0)} ms (background stopped)`,
  );

  const inView: number[] = [];
  const added: number[] = [];
  const longest: number[] = [];
  const plain = await launch(false);
  const plainPage = await plain.newPage();
  for (let i = 0; i < RUNS; i++) {
    const base = await visit(plainPage, `${origin}/big?plain=${i}`, 1500, false);
    const withExt = await visit(page, `${origin}/big?ext=${i}`, 1500);
    const baseLong = base.long.reduce((a, b) => a + b, 0);
    inView.push(withExt.firstInView ?? NaN);
    added.push(withExt.long.reduce((a, b) => a + b, 0) - baseLong);
    longest.push(Math.max(0, ...withExt.long));
  }
  console.log(
    `page 1 MB: first highlight in view ${median(inView).toFixed(0)} ms, long tasks added ${median(added).toFixed(0)} ms, longest task ${median(longest).toFixed(0)} ms`,
  );
  await plain.close();
  await context.close();
  server.close();
}

main().catch((err: unknown) => {
  console.error(`bench:browser: ${(err as Error).message}`);
  process.exit(1);
});
