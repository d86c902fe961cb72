/**
 * `npm run bench:browser`: what a reader waits for, measured in Debian's Chromium with
 * the built extension (run `npm run build` first). Medians of RUNS runs:
 *   - the seed page, background running (warm) and stopped before each navigation
 *     with CDP `ServiceWorker.stopAllWorkers` (cold, the usual case after 30 s idle):
 *     navigation start → the first highlight (each timed page is opened from about:blank, so
 *     the previous page's teardown is not counted). In Chromium the data host keeps the
 *     dataset loaded across that stop; a last case closes the host too (as after a
 *     browser restart) to show what a first page then costs;
 *   - a 1 MB article generated here (the seed article's body repeated): the first
 *     highlight in view, and the long tasks the extension adds (the same page without
 *     the extension is the baseline), and the longest task;
 *   - where the time goes: the content script's own marks (`newscontext:*`,
 *     entrypoints/news.content/idle.ts), read from the page's performance timeline;
 *   - LOADS (200) page loads in a row: the background's heap before and after, and the
 *     data host's (page and worker; CDP on each target: HeapProfiler.collectGarbage,
 *     Runtime.getHeapUsage). The dataset's buffers live outside the JS heap.
 * BENCH_DEBUG=1 lists the 1 MB page's long tasks, with and without the extension.
 * BENCH_EXT=<dir> measures another build (a copy of .output/chrome-mv3), to compare two in turns.
 * The seed page is read from ../shared in place; without it the fixture article stands in.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { ROOT } from './lib/artefacts.ts';
import { closeDataHost, freePort, hostHeap, workerHeap } from './lib/bench-heap.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const LOADS = Number(process.env.LOADS ?? 200);
/** The content script's marks, in the order they are set (entrypoints/news.content/idle.ts). */
const STAGES = [
  'start',
  'preview',
  'preview-detected',
  'preview-collected',
  'preview-sent',
  'preview-answered',
  'preview-first-highlight',
  'detected',
  'collected',
  'settings',
  'sent',
  'answered',
  'first-highlight',
  'done',
];
const EXTENSION = process.env.BENCH_EXT ?? path.join(ROOT, '.output/chrome-mv3');
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
  w.__bench = { first: null, firstInView: null, long: [], probe: performance.now() };
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
  /** The content script's marks: ms after navigation start. */
  marks: Record<string, number>;
  /** The content script's longest slice of work (entrypoints/news.content/idle.ts), ms, and what it was. */
  slice: number;
  sliceKind: string | null;
  /** The data host's own work on the first request (the full read's, the preview's), ms. */
  hostWork: number | null;
  previewHostWork: number | null;
  /** The page's first contentful paint, ms after navigation start. */
  paint: number | null;
  /** When the page's first script ran (Playwright's init script, at document start). */
  probe: number;
  /** When the page's first bytes arrived, ms after navigation start (the previous page's unload comes before). */
  response: number;
}

const READ = `({ ...window.__bench, marks: Object.fromEntries(performance.getEntriesByType('mark')
  .filter((m) => m.name.startsWith('newscontext:')).map((m) => [m.name.slice(12), m.startTime])),
  slice: Math.max(0, ...performance.getEntriesByName('newscontext:longest-slice').map((m) => m.duration)),
  sliceKind: performance.getEntriesByName('newscontext:longest-slice').at(-1)?.detail ?? null,
  hostWork: performance.getEntriesByName('newscontext:host-work')[0]?.duration ?? null,
  previewHostWork: performance.getEntriesByName('newscontext:preview-host-work')[0]?.duration ?? null,
  paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  response: performance.getEntriesByType('navigation')[0]?.responseStart ?? 0 })`;

/**
 * Load `url` from a blank page (so the previous page's teardown, which for the 1 MB page
 * alone takes the browser 100 ms or more, is not counted in this one's times); wait for
 * the first highlight in view, then for the end of the page's reading.
 */
async function visit(page: Page, url: string, settleMs: number, highlights = true): Promise<Sample> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + (highlights ? 30_000 : 0);
  let s = (await page.evaluate(READ)) as Sample;
  while ((s.firstInView === null || (highlights && s.marks.done === undefined)) && Date.now() < deadline) {
    await page.waitForTimeout(20);
    s = (await page.evaluate(READ)) as Sample;
  }
  await page.waitForTimeout(settleMs); // let late tasks finish and be counted
  return (await page.evaluate(READ)) as Sample;
}

/** Median of a figure over the samples that have it, or "–". */
function medianOf(samples: Sample[], get: (s: Sample) => number | null | undefined): string {
  const xs = samples.map(get).filter((x): x is number => typeof x === 'number');
  return xs.length ? median(xs).toFixed(0) : '–';
}

/** Median time of each stage over the samples, as "stage N" pairs, and the host's own share. */
function stages(samples: Sample[]): string {
  const list = STAGES.flatMap((name) => {
    const xs = samples.map((s) => s.marks[name]).filter((x): x is number => x !== undefined);
    return xs.length ? [`${name} ${median(xs).toFixed(0)}`] : [];
  }).join(', ');
  return `${list}; the data host's own work on the first answer ${medianOf(samples, (s) => s.hostWork)} ms (preview ${medianOf(samples, (s) => s.previewHostWork)} ms), the rest of sent → answered is messaging`;
}

async function launch(withExtension: boolean, debugPort?: number): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
  const args = withExtension
    ? [...ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`]
    : ARGS;
  if (debugPort) args.push(`--remote-debugging-port=${debugPort}`);
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

  const debugPort = await freePort();
  const context = await launch(true, debugPort);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await visit(page, `${origin}/seed?warmup`, 300); // the first start installs and loads the dataset

  const warm: Sample[] = [];
  const cold: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push(await visit(page, `${origin}/seed?warm=${i}`, 100));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    cold.push(await visit(page, `${origin}/seed?cold=${i}`, 100));
  }
  // As after a browser restart: no data host either, so the first page waits for the data to load.
  const restart: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    await visit(page, `${origin}/seed?before-restart=${i}`, 100); // the service worker running
    await closeDataHost(debugPort);
    await cdp.send('ServiceWorker.stopAllWorkers');
    restart.push(await visit(page, `${origin}/seed?restart=${i}`, 100));
  }
  const firstOf = (xs: Sample[]) => median(xs.map((s) => s.first ?? NaN)).toFixed(0);
  console.log(
    `seed page: first highlight ${firstOf(warm)} ms (background running), ${firstOf(cold)} ms (background stopped)`,
  );
  console.log(
    `  the page's own first paint: ${medianOf(warm, (s) => s.paint)} ms (background running), ${medianOf(cold, (s) => s.paint)} ms (stopped): no highlight can be seen before it`,
  );
  console.log(`  stages, background running (ms after navigation start): ${stages(warm)}`);
  console.log(`  stages, background stopped (ms after navigation start): ${stages(cold)}`);
  console.log(
    `  background stopped and the data host closed (as after a browser restart): first highlight ${firstOf(restart)} ms`,
  );

  const inView: number[] = [];
  const added: number[] = [];
  const longest: number[] = [];
  const bigSamples: Sample[] = [];
  const plain = await launch(false);
  const plainPage = await plain.newPage();
  const ownLoad: number[] = [];
  const plainProbe: number[] = [];
  const plainPaint: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const base = await visit(plainPage, `${origin}/big?plain=${i}`, 1500, false);
    plainProbe.push(base.probe);
    plainPaint.push(base.paint ?? NaN);
    ownLoad.push(
      await plainPage.evaluate(
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .domContentLoadedEventEnd,
      ),
    );
    const withExt = await visit(page, `${origin}/big?ext=${i}`, 300);
    bigSamples.push(withExt);
    if (process.env.BENCH_DEBUG) {
      const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
      console.log(`  long tasks without the extension: ${list(base.long)}; with it: ${list(withExt.long)}`);
      console.log(
        `  this run: highlights set ${withExt.marks['preview-first-highlight']?.toFixed(0) ?? '–'} ms, seen by the probe's frame ${withExt.first?.toFixed(0) ?? '–'} ms, in view ${withExt.firstInView?.toFixed(0) ?? '–'} ms; first paint ${withExt.paint?.toFixed(0) ?? '–'} ms`,
      );
    }
    const baseLong = base.long.reduce((a, b) => a + b, 0);
    inView.push(withExt.firstInView ?? NaN);
    added.push(withExt.long.reduce((a, b) => a + b, 0) - baseLong);
    longest.push(Math.max(0, ...withExt.long));
  }
  console.log(
    `page 1 MB: first highlight in view ${median(inView).toFixed(0)} ms, long tasks added ${median(added).toFixed(0)} ms, longest task ${median(longest).toFixed(0)} ms`,
  );
  // The probe reads a highlight's box in the first frame that has one: that read waits for
  // the frame's layout of all the page parsed so far, which is what the frame costs anyway.
  console.log(
    `  the first frame with a highlight: ${medianOf(bigSamples, (s) => s.first)} ms; the layout of the page parsed so far, which that frame waits for, ${medianOf(bigSamples, (s) => (s.first !== null && s.firstInView !== null ? s.firstInView - s.first : null))} ms`,
  );
  console.log(
    `  the page's own DOMContentLoaded without the extension: ${median(ownLoad).toFixed(0)} ms (the text in view is read before it, while the page is parsed)`,
  );
  console.log(
    `  the extension's longest slice of work on the 1 MB page: ${median(bigSamples.map((s) => s.slice)).toFixed(0)} ms (${bigSamples.map((s) => `${s.slice.toFixed(0)} ${s.sliceKind ?? '?'}`).join(', ')}; the longest task above may be the page's own)`,
  );
  console.log(`  stages, 1 MB page (ms after navigation start): ${stages(bigSamples)}`);
  console.log(
    `  first bytes of the page: seed ${median(warm.map((s) => s.response)).toFixed(0)} ms, 1 MB ${median(bigSamples.map((s) => s.response)).toFixed(0)} ms; first script: seed ${median(warm.map((s) => s.probe)).toFixed(0)} ms, 1 MB ${median(bigSamples.map((s) => s.probe)).toFixed(0)} ms (without the extension ${median(plainProbe).toFixed(0)} ms); the 1 MB page's first paint ${medianOf(bigSamples, (s) => s.paint)} ms (without the extension ${median(plainPaint).toFixed(0)} ms)`,
  );
  await plain.close();

  if (LOADS > 0) {
    await visit(page, `${origin}/seed?heap`, 100); // the background running
    const before = await workerHeap(debugPort);
    const hostBefore = await hostHeap(debugPort);
    const t0 = Date.now();
    for (let i = 0; i < LOADS; i++) await visit(page, `${origin}/seed?load=${i}`, 0);
    const after = await workerHeap(debugPort);
    const hostAfter = await hostHeap(debugPort);
    const mb = (b: number) => (b / 1048576).toFixed(1);
    console.log(
      `${LOADS} page loads: background heap ${mb(before)} MB before, ${mb(after)} MB after (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    );
    if (hostBefore !== null && hostAfter !== null) {
      // The dataset's buffers are ArrayBuffers outside the JS heap: counted apart, as the issue asks.
      console.log(
        `  data host (page and worker) heap ${mb(hostBefore)} MB before, ${mb(hostAfter)} MB after`,
      );
    }
  }
  await context.close();
  server.close();
}

main().catch((err: unknown) => {
  console.error(`bench:browser: ${(err as Error).message}`);
  process.exit(1);
});
