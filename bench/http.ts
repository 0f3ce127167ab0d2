import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { buildIfStale, SERVER_MAIN } from "../scripts/build.js";
import { type StartedProcess, startProcess } from "../scripts/service.js";
import { baseKey } from "./baseKey.js";
import { round } from "./measure.js";

/** Throughput and latency of one autocannon run, or the summary of several. */
export interface HttpRun {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
}

/** One row of the HTTP table: the service against the bare server, same requests. */
export interface HttpRow {
  readonly name: string;
  readonly service: HttpRun;
  readonly bare: HttpRun;
  readonly ratio: number;
  /** Each round's req/s, in order, for the JSON report: how noisy the windows were. */
  readonly rounds: { readonly service: number[]; readonly bare: number[] };
}

/** A GraphQL request body as JSON text. */
export type Body = string;

const CONNECTIONS = 20;
const WINDOW_S = 2;

/**
 * Nonces handed out so far, across every window of the run: a window that started again
 * from 0 would repeat the requests of the one before, which the response cache then
 * answers (it admits a request on its second sighting), and "cold" would not be.
 */
let nonces = 0;

/** Runs autocannon for one window over `bodies` in turn; `nonce` makes every request distinct. */
async function hammer(url: string, bodies: readonly Body[], nonce: boolean): Promise<HttpRun> {
  let n = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: WINDOW_S,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (req) => {
          const raw = bodies[n % bodies.length] as Body;
          n++;
          if (!nonce) return { ...req, body: raw };
          const request = JSON.parse(raw) as { variables?: Record<string, unknown> };
          return {
            ...req,
            body: JSON.stringify({ ...request, variables: { ...request.variables, _n: ++nonces } }),
          };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

/** Rounds per side in {@link compare}: an odd number, so the median is a real round. */
const ROUNDS = 3;

/** Starts of `npm start` timed for the start-up figure (median). */
const STARTS = 5;

/** `npm start`'s script, run as npm runs it (NODE_ENV left unset). */
const NPM_START = fileURLToPath(new URL("../scripts/start.js", import.meta.url));

/** The median of a list of numbers. */
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Several rounds summed up: median throughput and p50 (one noisy window on a shared
 * machine should not move the ratio), worst p99, all non-2xx answers.
 */
const summary = (runs: readonly HttpRun[]): HttpRun => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p99: Math.max(...runs.map((r) => r.p99)),
  non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
});

/** Measures service and bare server alternately, A B A B A B, and returns both summaries and the ratio. */
async function compare(
  name: string,
  service: string,
  bare: string,
  bodies: readonly Body[],
  nonce: boolean,
): Promise<HttpRow> {
  const a: HttpRun[] = [];
  const b: HttpRun[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    a.push(await hammer(service, bodies, nonce));
    b.push(await hammer(bare, bodies, nonce));
  }
  const s = summary(a);
  const r = summary(b);
  return {
    name,
    service: s,
    bare: r,
    ratio: s.rps / r.rps,
    rounds: { service: a.map((x) => Math.round(x.rps)), bare: b.map((x) => Math.round(x.rps)) },
  };
}

/** Asks the service once for every body and records the exact bytes it answered. */
async function record(
  url: string,
  bodies: readonly Body[],
): Promise<Record<string, { body: string; contentType: string }>> {
  const out: Record<string, { body: string; contentType: string }> = {};
  for (const body of bodies) {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    out[baseKey(body)] = {
      body: await res.text(),
      contentType: res.headers.get("content-type") ?? "application/json",
    };
  }
  return out;
}

/** Responses the service's cache has answered so far (from /health). */
async function cacheHits(url: string): Promise<number> {
  const health = (await (await fetch(`${url}/health`)).json()) as {
    responseCache?: { hits: number };
  };
  return health.responseCache?.hits ?? 0;
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
  readonly hot: readonly HttpRow[];
  readonly cold: readonly HttpRow[];
  /** Cold requests the response cache answered: must be 0, or the cold rows are not cold. */
  readonly coldCacheHits: number;
  readonly workers: readonly {
    readonly workers: number;
    readonly hotTraceRps: number;
    readonly coldTraceRps: number;
  }[];
}

/**
 * Hot path: the contract's Trace, Search and Entity, repeated (the response cache may
 * answer). Cold path: hundreds of distinct searches and traces, each request made unique
 * by an unused nonce variable, so no cache answers. Both against a bare node:http server
 * returning the identical bytes, same autocannon settings, alternating. Then throughput at
 * 1 and 2 workers, and start-up time and memory.
 */
export async function httpBench(
  hot: Record<string, Body>,
  cold: Record<string, Body[]>,
): Promise<HttpReport> {
  const allBodies = [
    ...Object.values(hot),
    ...Object.values(cold).flat(),
    '{"query":"{ stats { nodeCount } }"}',
  ];
  // The compiled service, as `npm start` runs it.
  await buildIfStale();
  const firstAnswerRuns: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const started = await startProcess(NPM_START, { NODE_ENV: undefined });
    firstAnswerRuns.push(round(started.startMs, 0));
    await started.stop();
  }
  // HEALTH_DETAILS: the bench reads memory and response-cache counters from /health.
  const service = await startProcess(SERVER_MAIN, { HEALTH_DETAILS: "true" });
  let bare: StartedProcess | null = null;
  try {
    const health = (await (await fetch(`${service.url}/health`)).json()) as {
      memory: { rss: number; heapUsed: number };
    };
    const startup = {
      firstAnswerMs: median(firstAnswerRuns),
      firstAnswerRuns,
      rssMiB: health.memory.rss,
      heapMiB: health.memory.heapUsed,
    };
    const dir = await mkdtemp(path.join(tmpdir(), "kg-bench-"));
    const file = path.join(dir, "responses.json");
    await writeFile(file, JSON.stringify(await record(service.url, allBodies)));
    bare = await startProcess("bench/bareServer.ts", { BARE_RESPONSES: file });
    const hotRows: HttpRow[] = [];
    for (const [name, body] of Object.entries(hot))
      hotRows.push(await compare(name, service.url, bare.url, [body], false));
    const hitsBefore = await cacheHits(service.url);
    const coldRows: HttpRow[] = [];
    for (const [name, bodies] of Object.entries(cold))
      coldRows.push(await compare(name, service.url, bare.url, bodies, true));
    const coldCacheHits = (await cacheHits(service.url)) - hitsBefore;
    await service.stop();
    const two = await startProcess(SERVER_MAIN, { WORKERS: "2" });
    let workers2: HttpReport["workers"][number];
    try {
      const traceHot = [hot.Trace ?? ""];
      const traceCold = cold.Trace ?? [];
      // Warm up both workers first, as the single process was by the rounds above.
      await hammer(two.url, traceHot, false);
      await hammer(two.url, traceCold, true);
      workers2 = {
        workers: 2,
        hotTraceRps: (await hammer(two.url, traceHot, false)).rps,
        coldTraceRps: (await hammer(two.url, traceCold, true)).rps,
      };
    } finally {
      await two.stop();
    }
    const one = {
      workers: 1,
      hotTraceRps: hotRows.find((r) => r.name === "Trace")?.service.rps ?? 0,
      coldTraceRps: coldRows.find((r) => r.name === "Trace")?.service.rps ?? 0,
    };
    return {
      connections: CONNECTIONS,
      windowSeconds: WINDOW_S,
      startup,
      hot: hotRows,
      cold: coldRows,
      coldCacheHits,
      workers: [one, workers2],
    };
  } finally {
    await service.stop();
    await bare?.stop();
  }
}
