import { performance } from "node:perf_hooks";

/**
 * Work split into steps: a generator that yields between small pieces of work and
 * returns its result. The same code then runs at once (start-up, tests: {@link runSteps})
 * or in slices between which the event loop serves requests (reload:
 * {@link runStepsSliced}). A step should be well under a millisecond: one entity, one
 * edge, one document.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** What running steps in slices cost the thread that ran them. */
export interface SliceReport {
  /** Slices run, each followed by a turn of the event loop. */
  readonly slices: number;
  /** Longest slice, in milliseconds: the longest the event loop waited for this work. */
  readonly longestSliceMs: number;
  /** Time spent in the steps, all slices together, in milliseconds. */
  readonly busyMs: number;
}

/**
 * Runs `steps` in slices of about `sliceMs` milliseconds, giving the event loop a turn
 * (setImmediate: pending I/O and timers run first) between slices, so that requests keep
 * being served while the work goes on. A slice ends at the first step boundary after
 * `sliceMs`, so it overshoots by at most one step. `clock` reads the time in milliseconds
 * (default performance.now; a caller may count its own time, as the steps' tests do).
 */
export async function runStepsSliced<T>(
  steps: Steps<T>,
  sliceMs: number,
  clock: () => number = () => performance.now(),
): Promise<{ value: T; report: SliceReport }> {
  let slices = 0;
  let longestSliceMs = 0;
  let busyMs = 0;
  for (;;) {
    const started = clock();
    let next = steps.next();
    while (!next.done && clock() - started < sliceMs) next = steps.next();
    const took = clock() - started;
    slices++;
    busyMs += took;
    longestSliceMs = Math.max(longestSliceMs, took);
    if (next.done) return { value: next.value, report: { slices, longestSliceMs, busyMs } };
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Elements merged per step by {@link sortSteps}. */
const MERGED_PER_STEP = 512;

/**
 * Sorts `items` (a new array; stable, like Array.prototype.sort) by `compare` in steps of
 * a few hundred elements: a bottom-up merge sort, so that sorting tens of thousands of
 * keys never holds the thread for long at a time.
 */
export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  let from = [...items];
  let to = new Array<T>(from.length);
  let budget = MERGED_PER_STEP;
  for (let width = 1; width < from.length; width *= 2) {
    for (let start = 0; start < from.length; start += 2 * width) {
      const middle = Math.min(start + width, from.length);
      const end = Math.min(start + 2 * width, from.length);
      let i = start;
      let j = middle;
      for (let k = start; k < end; k++) {
        if (i < middle && (j >= end || compare(from[i] as T, from[j] as T) <= 0))
          to[k] = from[i++] as T;
        else to[k] = from[j++] as T;
        if (--budget === 0) {
          budget = MERGED_PER_STEP;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
