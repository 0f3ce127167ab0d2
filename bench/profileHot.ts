/**
 * Where a hot request's CPU goes, over a real socket: `npx tsx bench/profileHot.ts [folder]`
 * starts the built service of `folder` (default: this one; a project folder with `dist/`,
 * as bench/pairedCpu.ts takes) as `npm start` runs it (production, default logging, stdout
 * drained) under V8's sampling profiler (`--cpu-prof`, every 100 µs), warms it with WARM
 * requests, sends N more (OP's contract request with the hot variables, the same body
 * every time: a response-cache hit), stops it and reads the profile: only the samples
 * taken while the N were sent (the profile's clock and process.hrtime are both the
 * monotonic clock), each frame's self time put in a layer by its file, in µs per request
 * and as a share of the main thread's busy time; then the frames with most self time.
 * BARE=1 profiles bench/bareServer.ts instead, answering the same bytes, for comparison.
 * COLD=1 sends never-seen requests instead, as the bench's cold rows and bench/pairedCpu.ts
 * do (bench/coldText.ts: Search queries, or one complaint or two in turn for Trace; limit
 * 10): where a cold request's CPU goes (not with BARE, whose answers are recorded ones).
 * Environment: OP (Search, Trace or Entity; default Trace), N (default 20 000), WARM
 * (default 5 000), CONNECTIONS (default 10), TOP (default 25), BARE, COLD.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { type StartedProcess, startProcess } from "../scripts/service.js";
import { loadGraphData } from "../src/graph/index.js";
import { coldRequests, coldText } from "./coldText.js";
import { contractOperation } from "./contractOperation.js";
import { round } from "./measure.js";
import { HOT_VARIABLES } from "./workloads.js";

const OP = process.env.OP ?? "Trace";
const N = Number(process.env.N ?? 20_000);
const WARM = Number(process.env.WARM ?? 5000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const TOP = Number(process.env.TOP ?? 25);
const BARE = process.env.BARE === "1";
const COLD = process.env.COLD === "1";
if (COLD && (BARE || OP === "Entity"))
  throw new Error("COLD=1 profiles the service's Search or Trace");
const folder = path.resolve(process.argv[2] ?? ".");
const query = contractOperation(OP);
const body = JSON.stringify({ query, variables: HOT_VARIABLES[OP], operationName: OP });
const coldBody = coldRequests(
  coldText(await loadGraphData(path.join(folder, "graph-data")), 2026),
  OP,
  query,
);

/** A node of a .cpuprofile, as V8 writes it. */
interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The layer a frame's self time is counted in, from its file (first match wins). */
const LAYERS: readonly (readonly [string, RegExp])[] = [
  ["GC", /^\(garbage collector\)$/],
  ["native, unattributed (program)", /^\(program\)$/],
  [
    "request log (ours + pino, sonic-boom)",
    /dist\/http\/(installRequestLog|requestLine)|\/(pino|sonic-boom|thread-stream)\//,
  ],
  ["metrics (ours + prom-client)", /dist\/http\/(installMetrics|ServiceMetrics)|\/prom-client\//],
  [
    "response cache (ours)",
    /dist\/(http\/(installResponseCache|ResponseCache|isStorableAnswer)|cache\/)/,
  ],
  ["our other HTTP hooks", /dist\/http\//],
  ["compiled path, GraphQL (ours)", /dist\/graphql\//],
  ["our other code", /dist\//],
  [
    "Fastify and its helpers",
    /\/(fastify|@fastify|avvio|find-my-way|light-my-request|fast-json-stringify|fast-querystring|secure-json-parse|toad-cache|fastify-plugin|process-warning|abstract-logging|rfdc|content-type|fast-content-type-parse)\//,
  ],
  ["Apollo, graphql-js", /\/(@apollo|@as-integrations|graphql|graphql-jit)\//],
  ["node:http (JavaScript)", /^node:(_http|internal\/http|http)/],
  [
    "node:net, streams, timers, events",
    /^node:(net|internal\/(stream|streams|net|timers|event|async_hooks|process\/task_queues|buffer|util)|stream|events|buffer|timers)/,
  ],
  ["bench's bare server", /bareServer/],
  ["other node internals", /^node:/],
];

const layerOf = (node: ProfileNode): string => {
  const { functionName, url } = node.callFrame;
  const key = url === "" ? functionName : url;
  return LAYERS.find(([, pattern]) => pattern.test(key))?.[0] ?? `other: ${url || functionName}`;
};

async function send(url: string, amount: number): Promise<number> {
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    amount,
    method: "POST",
    headers: { "content-type": "application/json" },
    ...(COLD ? { requests: [{ setupRequest: (r) => ({ ...r, body: coldBody() }) }] } : { body }),
  });
  return result.requests.total;
}

const dir = mkdtempSync(path.join(tmpdir(), "profileHot-"));
const out = path.join(dir, "hot.cpuprofile");
const profiler = {
  NODE_OPTIONS: `--import ${path.join(import.meta.dirname, "cpuProfileOnSignal.mjs")}`,
  CPU_PROFILE_OUT: out,
};
let side: StartedProcess;
if (BARE) {
  const service = await startProcess(path.join(folder, "dist/main.js"), {
    NODE_ENV: undefined,
    LOG_LEVEL: "warn",
  });
  // The hot request's answer, and that of startProcess's readiness probe.
  const recorded: Record<string, { body: string; contentType: string | null }> = {};
  for (const sent of [body, '{"query":"{ stats { nodeCount } }"}']) {
    const answer = await fetch(`${service.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: sent,
    });
    recorded[sent] = { body: await answer.text(), contentType: answer.headers.get("content-type") };
  }
  const responses = path.join(dir, "responses.json");
  writeFileSync(responses, JSON.stringify(recorded));
  await service.stop();
  side = await startProcess(path.join(folder, "bench/bareServer.ts"), {
    ...profiler,
    BARE_RESPONSES: responses,
  });
} else {
  side = await startProcess(
    path.join(folder, "dist/main.js"),
    { NODE_ENV: undefined, LOG_LEVEL: undefined, ...profiler },
    { keepStdout: false },
  );
}
let from = 0n;
let to = 0n;
let answered = 0;
try {
  await send(side.url, WARM);
  const mark = side.output().length;
  side.child.kill("SIGUSR2");
  await side.waitFor("cpu profile started", mark);
  from = process.hrtime.bigint();
  answered = await send(side.url, N);
  to = process.hrtime.bigint();
  side.child.kill("SIGUSR2");
  await side.waitFor("cpu profile written", mark);
} finally {
  await side.stop();
}
const file = out;
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const layers = new Map<string, number>();
const frames = new Map<string, number>();
let busy = 0;
for (const [i, id] of profile.samples.entries()) {
  const delta = profile.timeDeltas[i] ?? 0;
  const node = byId.get(id);
  if (node === undefined || node.callFrame.functionName === "(idle)") continue;
  // A sample's time is the interval before the next one: the delta to it, bounded.
  const us = Math.min(profile.timeDeltas[i + 1] ?? delta, 1000);
  busy += us;
  const layer = layerOf(node);
  layers.set(layer, (layers.get(layer) ?? 0) + us);
  const { functionName, url, lineNumber } = node.callFrame;
  const frame = `${functionName || "(anonymous)"} ${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/dist\//, "dist/")}:${lineNumber + 1}`;
  frames.set(frame, (frames.get(frame) ?? 0) + us);
}
const perRequest = (us: number) => round(us / answered, 1);
console.log(
  `${BARE ? "bare server" : folder}: ${COLD ? "cold" : "hot"} ${OP}, ${answered} requests in ${round(Number(to - from) / 1e6, 0)} ms; main thread busy ${perRequest(busy)} µs per request (profile ${file})`,
);
console.log("| layer | µs per request | share |\n| --- | ---: | ---: |");
for (const [layer, us] of [...layers].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${layer} | ${perRequest(us)} | ${round((100 * us) / busy, 1)}% |`);
}
console.log(`\nTop ${TOP} frames by self time (µs per request):`);
for (const [frame, us] of [...frames].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
  console.log(`${perRequest(us).toString().padStart(6)}  ${frame}`);
}
