import autocannon from "autocannon";
import type { Counters } from "./scrape.js";

/** Throughput, latency and CPU cost of one autocannon window, or the summary of several. */
export interface HttpRun {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  /** CPU µs the measured process used per request answered (null when it cannot say). */
  readonly cpuUs: number | null;
  /** Requests the response cache answered during the window(s). */
  readonly cacheHits: number;
}

/** One row of the HTTP table: the service against the bare server, same requests. */
export interface HttpRow {
  readonly name: string;
  readonly workers: number;
  readonly service: HttpRun;
  readonly bare: HttpRun;
  readonly ratio: number;
  /**
   * The bare server's CPU per request over the service's (null without both): the ratio
   * of req/s both would reach if each had its core to itself. Where the bare server is
   * held back by the load generator (hot rows: it sends the bytes faster than autocannon,
   * sharing a core with the machine's other work, reads them), its req/s, and so `ratio`,
   * swing from window to window with autocannon's share of that core; this does not.
   */
  readonly cpuRatio: number | null;
  /** Each round's req/s, in order, for the JSON report: how noisy the windows were. */
  readonly rounds: { readonly service: number[]; readonly bare: number[] };
}

/** A target of the bench: where it listens and how to read its counters. */
export interface Target {
  readonly url: string;
  /** Counters now, or null when the process has none to give. */
  readonly counters: () => Promise<Counters | null>;
}

/** Concurrent connections of every window. */
export const CONNECTIONS = 20;
/** Length of one measured window, in seconds. */
export const WINDOW_S = 2;
/** Rounds per side in {@link compare}: an odd number, so the median is a real round. */
const ROUNDS = 3;

/** The median of a list of numbers. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Runs autocannon for one window of `seconds`, or for `amount` requests when given, each
 * request's body from `next` (a generator of never-seen texts for cold rows, one repeated
 * body for hot ones), and the target's CPU used over the window divided by the requests
 * answered.
 */
export async function hammer(
  target: Target,
  next: () => string,
  seconds = WINDOW_S,
  amount?: number,
): Promise<HttpRun> {
  const before = await target.counters();
  const result = await autocannon({
    url: `${target.url}/graphql`,
    connections: CONNECTIONS,
    ...(amount === undefined ? { duration: seconds } : { amount }),
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (req) => ({ ...req, body: next() }),
      },
    ],
  });
  const after = await target.counters();
  const answered = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
    cpuUs:
      before === null || after === null || answered === 0
        ? null
        : ((after.cpuSeconds - before.cpuSeconds) * 1e6) / answered,
    cacheHits: before === null || after === null ? 0 : after.cacheHits - before.cacheHits,
  };
}

/**
 * Several rounds summed up: median throughput, p50 and CPU per request (one noisy window
 * on a shared machine should not move the ratio), worst p99, all non-2xx answers and
 * cache hits.
 */
function summary(runs: readonly HttpRun[]): HttpRun {
  const cpu = runs.map((r) => r.cpuUs).filter((c): c is number => c !== null);
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: Math.max(...runs.map((r) => r.p99)),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    cpuUs: cpu.length === 0 ? null : median(cpu),
    cacheHits: runs.reduce((s, r) => s + r.cacheHits, 0),
  };
}

/** Measures service and bare server alternately, A B A B A B, and returns both summaries and the ratio. */
export async function compare(
  name: string,
  workers: number,
  service: Target,
  bare: Target,
  next: () => string,
): Promise<HttpRow> {
  const a: HttpRun[] = [];
  const b: HttpRun[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    a.push(await hammer(service, next));
    b.push(await hammer(bare, next));
  }
  const s = summary(a);
  const r = summary(b);
  return {
    name,
    workers,
    service: s,
    bare: r,
    ratio: s.rps / r.rps,
    cpuRatio: s.cpuUs === null || r.cpuUs === null ? null : r.cpuUs / s.cpuUs,
    rounds: { service: a.map((x) => Math.round(x.rps)), bare: b.map((x) => Math.round(x.rps)) },
  };
}
