/**
 * `npm run load`: compiles and starts the service as `npm start` runs it (production,
 * default logging) on a free port and drives it with autocannon, 50 connections for 30 s
 * (LOAD_SECONDS, LOAD_CONNECTIONS, LOAD_WARMUP_SECONDS to change), over a realistic mix: search, trace, entity,
 * kinetic chain, suggest, and 5% hostile requests. Every search and trace carries a text
 * never sent before (bench/coldText.ts), so the caches fill as real traffic fills them.
 * Passes (exit 0) when there were no errors and no 5xx, and the peak RSS of the run's
 * second half is under 10% above that of its first half (RSS read every 2 s after the
 * warm-up). Prints p50/p99 latency and memory.
 */
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { coldText } from "../bench/coldText.js";
import { loadGraphData } from "../src/graph/index.js";
import { buildIfStale } from "./build.js";
import { startProcess } from "./service.js";

const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
/**
 * Warm-up before the first memory reading (LOAD_WARMUP_SECONDS, default 15): long enough
 * for the bounded caches to meet most of the runners' words, so that growth after it is
 * what a leak would show.
 */
const warmUp = Number(process.env.LOAD_WARMUP_SECONDS ?? 15);

const gql = (query: string, variables: Record<string, unknown> = {}) => ({
  method: "POST" as const,
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query, variables }),
});

/** Never-seen runner texts, from the vocabulary: each request below takes new ones. */
const fresh = coldText(await loadGraphData("graph-data"), 20);

/** A request whose variables are made anew for each send. */
const freshGql = (query: string, variables: () => Record<string, unknown>) => ({
  ...gql(query),
  setupRequest: (req: { body?: unknown }) => ({
    ...req,
    body: JSON.stringify({ query, variables: variables() }),
  }),
});
const IDS = [
  "plantar-fasciitis",
  "achilles-tendinitis",
  "tight-hip-flexors",
  "ankle-sprain",
  "calf-raises",
];
const HOSTILE = [
  gql(
    `{ entity(id: "plantar-fasciitis") { ... on Condition { ${"symptoms { indicates { ".repeat(8)}id${" } }".repeat(8)} } } }`,
  ),
  gql(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: stats { nodeCount }`).join(" ")} }`),
  {
    method: "POST" as const,
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: '{"query": ',
  },
  gql('{ search(query: "") { score } }'),
  gql("{".repeat(4000)),
];

/** 100 requests in a fixed order: 30 search, 20 trace, 20 entity, 10 chain, 15 suggest, 5 hostile. */
function mix() {
  const list = [
    ...Array.from({ length: 30 }, () =>
      freshGql(
        "query($q: String!) { search(query: $q, limit: 10) { score snippet entity { id name } } }",
        () => ({ q: fresh.query() }),
      ),
    ),
    ...Array.from({ length: 20 }, (_, i) =>
      freshGql(
        "query($s: [String!]!) { trace(symptoms: $s) { conditions { score condition { id } } rootCauses { cause { id } paths { steps { relation to { id } } } } triage { level } } }",
        () => ({ s: i % 2 === 0 ? [fresh.complaint()] : [fresh.complaint(), fresh.complaint()] }),
      ),
    ),
    ...Array.from({ length: 20 }, (_, i) =>
      gql(
        "query($id: ID!) { entity(id: $id) { id name summary sources { title section } ... on Condition { symptoms { id name } treatments { id phase } } } }",
        { id: IDS[i % IDS.length] },
      ),
    ),
    ...Array.from({ length: 10 }, () =>
      gql('{ kineticChain(from: "plantar-fascia") { id name region } }'),
    ),
    ...Array.from({ length: 15 }, (_, i) =>
      gql("query($p: String!) { suggest(prefix: $p) { text } }", {
        p: ["pl", "ach", "hip", "kne", "ank"][i % 5],
      }),
    ),
    ...HOSTILE,
  ];
  // Interleave deterministically so every connection sees the whole mix.
  return list
    .map((r, i) => ({ r, k: (i * 37) % list.length }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.r);
}

async function memory(url: string): Promise<{ rss: number; heapUsed: number }> {
  const health = (await (await fetch(`${url}/health`)).json()) as {
    memory: { rss: number; heapUsed: number };
  };
  return health.memory;
}

const run = (url: string, duration: number) =>
  autocannon({ url, connections, duration, requests: mix() });

// The compiled service, as `npm start` runs it: NODE_ENV and LOG_LEVEL left unset, the
// request log drained as a collector would. HEALTH_DETAILS: memory is read from /health.
await buildIfStale();
const service = await startProcess(
  fileURLToPath(new URL("./start.js", import.meta.url)),
  { NODE_ENV: undefined, LOG_LEVEL: undefined, HEALTH_DETAILS: "true" },
  { keepStdout: false },
);
try {
  console.log(`warm-up: ${warmUp} s at ${connections} connections`);
  await run(service.url, warmUp);
  console.log(`load: ${seconds} s at ${connections} connections, mix of 100 requests (5 hostile)`);
  // RSS every 2 s: a leak keeps climbing, a heap that has sized itself to the traffic
  // swings around a level (never-seen texts make more garbage, so it swings widely).
  const rss: number[] = [];
  const poll = setInterval(() => {
    memory(service.url).then(
      (m) => rss.push(m.rss),
      () => {},
    );
  }, 2000);
  const result = await run(service.url, seconds);
  clearInterval(poll);
  rss.push((await memory(service.url)).rss);
  const half = Math.floor(rss.length / 2);
  const firstPeak = Math.max(...rss.slice(0, half));
  const secondPeak = Math.max(...rss.slice(half));
  const fiveXX = result["5xx"];
  const growth = (secondPeak - firstPeak) / firstPeak;
  console.log(
    `requests: ${result.requests.total} (${Math.round(result.requests.average)}/s), 2xx ${result["2xx"]}, 4xx ${result["4xx"]}, 5xx ${fiveXX}, errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  console.log(
    `latency ms: p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`,
  );
  console.log(
    `memory MiB: rss every 2 s ${rss.join(" ")}; peak ${firstPeak} in the first half, ${secondPeak} in the second (${(growth * 100).toFixed(1)}%)`,
  );
  const ok =
    fiveXX === 0 && result.errors === 0 && result.timeouts === 0 && half > 0 && growth < 0.1;
  console.log(ok ? "PASS" : "FAIL");
  process.exitCode = ok ? 0 : 1;
} finally {
  await service.stop();
}
