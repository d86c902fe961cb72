/**
 * Main-thread work in small slices (issue #14): the page's own scrolling, typing and
 * frames never wait on the extension. A slice runs in an idle period
 * (`requestIdleCallback`, with a timer where there is none) and stops after about
 * SLICE_MS of work, whatever the idle period would allow.
 */

import type { Steps } from '../../engine/steps.ts';

/** At most this much main-thread work per slice. */
export const SLICE_MS = 8;
/** An idle period is waited for at most this long, so a busy page still gets its highlights. */
const IDLE_TIMEOUT_MS = 100;

export type IdleScheduler = (cb: () => void) => void;

/** `requestIdleCallback` where the browser has it, else a zero-delay timer. */
export const defaultIdle: IdleScheduler = (cb) => {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => cb(), { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(cb, 0);
};

export const nextIdle = (schedule: IdleScheduler): Promise<void> => new Promise((r) => schedule(r));

/** A zero-delay macrotask: pending promise reactions (and the messages they send) run first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Run `work` over `items` in slices of about SLICE_MS; `done` is called after each
 * slice with the items it covered. The first slice runs at once when `eager` is set
 * (the text in view); the rest wait for idle time. Stops early when `alive` turns false.
 */
export async function sliced<T>(
  items: readonly T[],
  work: (item: T) => void,
  opts: {
    schedule: IdleScheduler;
    eager?: boolean;
    alive?: () => boolean;
    done?: (from: number, to: number) => void;
    maxPerSlice?: number;
    /** What the work is, for bench:browser's longest slice. */
    kind?: string;
  },
): Promise<boolean> {
  let i = 0;
  let first = true;
  while (i < items.length) {
    if (!(first && opts.eager)) await nextIdle(opts.schedule);
    first = false;
    if (opts.alive && !opts.alive()) return false;
    const from = i;
    const t0 = performance.now();
    const cap = Math.min(items.length, i + (opts.maxPerSlice ?? Infinity));
    while (i < cap) {
      work(items[i++]!);
      if ((i & 15) === 0 && performance.now() - t0 > SLICE_MS) break;
    }
    opts.done?.(from, i);
    noteSlice(t0, opts.kind ?? 'slices');
  }
  return true;
}

/** performance.mark/measure under one prefix, read by `npm run bench:browser`. */
export const PERF_PREFIX = 'newscontext:';
export function mark(name: string): void {
  performance.mark(PERF_PREFIX + name);
}
export function measure(name: string, from: string, to?: string): void {
  try {
    performance.measure(PERF_PREFIX + name, PERF_PREFIX + from, to ? PERF_PREFIX + to : undefined);
  } catch {
    // a mark is missing (the stage did not run): nothing to measure
  }
}

/**
 * Run engine steps (engine/steps.ts) in slices of about SLICE_MS, with a zero-delay task
 * between slices: the page's input and frames run in between, and the work, which the
 * first highlight waits for, does not wait for idle time.
 */
export async function runSliced<T>(
  steps: Steps<T>,
  alive: () => boolean = () => true,
  kind = 'steps',
): Promise<T | null> {
  for (;;) {
    const t0 = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) {
        noteSlice(t0, kind);
        return r.value;
      }
      if (performance.now() - t0 > SLICE_MS) break;
    }
    noteSlice(t0, kind);
    await nextTask();
    if (!alive()) return null;
  }
}

let longestSlice = 0;

/** Work done elsewhere (the data host's own time on a request), ending now, for bench:browser. */
export function noteElsewhere(name: string, ms: number): void {
  try {
    performance.measure(PERF_PREFIX + name, { start: performance.now() - ms, duration: ms });
  } catch {
    // no User Timing level 3: nothing recorded
  }
}

/**
 * Keep the longest slice as a `newscontext:longest-slice` measure, with what it was
 * (`kind`) as its detail, which `npm run bench:browser` reads: the page's own long tasks
 * cannot be told apart from ours by the Long Tasks API, the slices can.
 */
export function noteSlice(t0: number, kind: string): void {
  const ms = performance.now() - t0;
  if (ms <= longestSlice) return;
  longestSlice = ms;
  try {
    performance.measure(`${PERF_PREFIX}longest-slice`, { start: t0, duration: ms, detail: kind });
  } catch {
    // no User Timing level 3: nothing recorded
  }
}
