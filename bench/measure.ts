import { performance } from "node:perf_hooks";

/** Latency percentiles of repeated calls, in milliseconds. */
export interface Percentiles {
  readonly p50: number;
  readonly p99: number;
  readonly runs: number;
}

/**
 * Runs each input through `fn` after a warm-up (two passes), then enough rounds for about
 * `calls` timed calls (default 1500, so a p99 rests on ~15 samples), and returns the 50th
 * and 99th percentile of the per-call time.
 */
export function percentiles<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  calls = 1500,
): Percentiles {
  for (let w = 0; w < 2; w++) for (const input of inputs) fn(input);
  const rounds = Math.max(1, Math.ceil(calls / Math.max(1, inputs.length)));
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t0 = performance.now();
      fn(input);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), runs: times.length };
}

/** Heap in use after a full garbage collection (needs --expose-gc), in MiB. */
export function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Rounds to `digits` decimals for the table. */
export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
