import { spawnSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfStale } from "../scripts/build.js";
import { type StartedProcess, startProcess } from "../scripts/service.js";
import {
  CONNECTIONS,
  compare,
  type HttpRow,
  hammer,
  median,
  type Target,
  WINDOW_S,
} from "./hammer.js";
import { round } from "./measure.js";
import { bareCounters, serviceCounters } from "./scrape.js";

/** What the HTTP bench sends: a GraphQL request body (JSON text) per request. */
export interface HttpWorkload {
  /** Hot rows: one body each, repeated (the response cache may answer). */
  readonly hot: Readonly<Record<string, string>>;
  /** Cold rows: each call returns a body never sent before (no cache or memo can answer). */
  readonly cold: Readonly<Record<string, () => string>>;
}

/** Everything the HTTP part of the bench measures. */
export interface HttpReport {
  readonly connections: number;
  readonly windowSeconds: number;
  readonly startup: {
    /** `npm start` on an installed tree to its first answer: the median of {@link STARTS} starts. */
    readonly firstAnswerMs: number;
    /** Each of those starts, in ms. */
    readonly firstAnswerRuns: readonly number[];
    readonly rssMiB: number;
    readonly heapMiB: number;
  };
  /** Hot rows, then cold rows, at each number of workers. */
  readonly rows: readonly HttpRow[];
  /** Cold requests the response cache answered: must be 0, or the cold rows are not cold. */
  readonly coldCacheHits: number;
}

/** Starts of `npm start` timed for the start-up figure (median). */
const STARTS = 5;
/** Hot rows measured with more than one worker (the others only with one). */
const HOT_ROWS_WITH_WORKERS = ["Search", "Trace"];
/**
 * Never-seen requests per worker, sent to the service and to the bare server alike, before
 * a cold row is measured. In process, search's cost per new query levels off after about
 * 2 000 (its per-term cache has met most words); V8 takes longer: after 3 000 cold traces
 * its compiler threads still spend 250-450 µs a request optimising (and re-optimising on
 * hidden classes not met before) what the trace runs, and settle at 50-100 µs after
 * 12 000-15 000 (stop 30, issue 20's README notes). A service runs for hours: the settled
 * figure is the one it lives with, so the cold rows are measured after this many.
 */
export const COLD_WARM_UP = 15_000;
/**
 * The warm-up of the cold rows up to stop 30 (per worker), kept as the 1-worker "early"
 * rows measured first: the cost of a service in its first seconds of cold traffic, and the
 * figures earlier benches compare with.
 */
export const EARLY_WARM_UP = 3000;
/** Cold answers recorded per row for the bare server to send. */
const RECORDED = 100;
/** The body of startProcess's readiness probe, which the bare server must answer too. */
const PROBE = '{"query":"{ stats { nodeCount } }"}';

/** `npm start`'s script, run as npm runs it. */
const NPM_START = fileURLToPath(new URL("../scripts/start.js", import.meta.url));
const BARE = fileURLToPath(new URL("./bareServer.ts", import.meta.url));

/**
 * The service as `npm start` runs it: NODE_ENV and LOG_LEVEL unset (production, a log
 * line per request at info), stdout drained as a log collector would. HEALTH_DETAILS for
 * the memory figure.
 */
const startService = (workers: number, cpus?: string) =>
  startProcess(
    NPM_START,
    { NODE_ENV: undefined, LOG_LEVEL: undefined, HEALTH_DETAILS: "true", WORKERS: String(workers) },
    { keepStdout: false, ...(cpus === undefined ? {} : { cpus }) },
  );

/**
 * How the 1-worker rows are placed on a machine of two CPUs or more with `taskset`: the
 * service (or the bare server) on CPU 0, this process (autocannon, the load generator) on
 * the others, so that neither's CPU time per request is stretched by the other sharing its
 * core. Null (nothing pinned) without taskset or with one CPU. The 2-worker rows are never
 * pinned: two workers need both CPUs.
 */
export const PINNING: { readonly service: string; readonly load: string } | null = (() => {
  const cpus = os.cpus().length;
  if (cpus < 2 || spawnSync("taskset", ["-p", String(process.pid)]).status !== 0) return null;
  return { service: "0", load: cpus === 2 ? "1" : `1-${cpus - 1}` };
})();

/** Pins every thread of this process to `cpus` (a taskset list), or to all CPUs when null. */
function pinLoad(cpus: string | null): void {
  if (PINNING === null) return;
  const list = cpus ?? `0-${os.cpus().length - 1}`;
  spawnSync("taskset", ["-a", "-p", "-c", list, String(process.pid)]);
}

/** Asks the service once for every body and records the exact bytes it answered. */
async function record(url: string, bodies: readonly string[]) {
  const out: Record<string, { body: string; contentType: string }> = {};
  for (const body of bodies) {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    out[body] = {
      body: await res.text(),
      contentType: res.headers.get("content-type") ?? "application/json",
    };
  }
  return out;
}

/**
 * Hot rows repeat one contract request; cold rows send never-seen texts (the workload's
 * generators), so neither the response cache nor a memo answers. Each row runs against a
 * bare node:http server sending the bytes the service sent for such requests, same
 * autocannon settings, alternating, at 1 and at 2 workers (the bare server with as many
 * processes), with the service's CPU µs per request read from its /metrics; the cold rows
 * after COLD_WARM_UP never-seen requests per worker, and at 1 worker also after
 * EARLY_WARM_UP ("early" rows). Before that, start-up time and memory.
 */
export async function httpBench(
  workload: HttpWorkload,
  workerCounts = [1, 2],
): Promise<HttpReport> {
  await buildIfStale();
  const firstAnswerRuns: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const started = await startService(1);
    firstAnswerRuns.push(round(started.startMs, 0));
    await started.stop();
  }
  const cold = Object.entries(workload.cold);
  const hot = Object.entries(workload.hot);
  let service = await startService(1, PINNING?.service);
  let bare: StartedProcess | null = null;
  try {
    const health = (await (await fetch(`${service.url}/health`)).json()) as {
      memory: { rss: number; heapUsed: number };
    };
    const samples = cold.flatMap(([, next]) => Array.from({ length: RECORDED }, next));
    const dir = await mkdtemp(path.join(tmpdir(), "kg-bench-"));
    const file = path.join(dir, "responses.json");
    const bodies = [...hot.map(([, body]) => body), ...samples, PROBE];
    await writeFile(file, JSON.stringify(await record(service.url, bodies)));
    const rows: HttpRow[] = [];
    let coldCacheHits = 0;
    for (const workers of workerCounts) {
      const pinned = workers === 1 ? PINNING : null;
      if (workers !== 1) {
        await service.stop();
        service = await startService(workers);
      }
      pinLoad(pinned?.load ?? null);
      bare = await startProcess(
        BARE,
        { BARE_RESPONSES: file, BARE_WORKERS: String(workers) },
        pinned === null ? {} : { cpus: pinned.service },
      );
      const s: Target = { url: service.url, counters: () => serviceCounters(service.url) };
      const bareUrl = bare.url;
      const b: Target = {
        url: bareUrl,
        counters: () => (workers === 1 ? bareCounters(bareUrl) : Promise.resolve(null)),
      };
      const rowsHere = [
        ...hot
          .filter(([name]) => workers === 1 || HOT_ROWS_WITH_WORKERS.includes(name))
          .map(([name, body]) => ({ name: `hot ${name}`, next: () => body, cold: false })),
        ...cold.map(([name, next]) => ({ name: `cold ${name}`, next, cold: true })),
      ];
      // Warm-up, the same for the service and the bare server, so that every worker has
      // compiled its paths and, for cold rows, met the vocabulary (its memos and caches as a
      // service running for a while has them): a second of each hot row, and never-seen
      // requests of each cold one, EARLY_WARM_UP per worker (at 1 worker the early rows are
      // measured then), then up to COLD_WARM_UP.
      const warm = async (count: (row: (typeof rowsHere)[number]) => number | undefined) => {
        for (const row of rowsHere) {
          const amount = count(row);
          if (amount === 0) continue;
          for (const target of [s, b]) await hammer(target, row.next, 1, amount);
        }
      };
      await warm((row) => (row.cold ? EARLY_WARM_UP * workers : undefined));
      if (workers === 1) {
        for (const row of rowsHere.filter((r) => r.cold)) {
          const measured = await compare(`${row.name}, early`, workers, s, b, row.next);
          coldCacheHits += measured.service.cacheHits;
          rows.push(measured);
        }
      }
      await warm((row) => (row.cold ? (COLD_WARM_UP - EARLY_WARM_UP) * workers : 0));
      for (const row of rowsHere) {
        const measured = await compare(row.name, workers, s, b, row.next);
        if (row.cold) coldCacheHits += measured.service.cacheHits;
        rows.push(measured);
      }
      await bare.stop();
      bare = null;
    }
    return {
      connections: CONNECTIONS,
      windowSeconds: WINDOW_S,
      startup: {
        firstAnswerMs: median(firstAnswerRuns),
        firstAnswerRuns,
        rssMiB: health.memory.rss,
        heapMiB: health.memory.heapUsed,
      },
      rows,
      coldCacheHits,
    };
  } finally {
    pinLoad(null);
    await service.stop();
    await bare?.stop();
  }
}
