/**
 * Work that can pause (issue #14): a generator that yields between small pieces and
 * returns its result. The content script runs it in slices of a few milliseconds, so a
 * big page never gets a long task from it; the CLI and the tests run it to the end.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run `steps` to the end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** How many nodes a step covers before it offers to pause: small enough for 8 ms slices. */
export const NODES_PER_STEP = 128;
