/**
 * `npm run load`: compiles and starts the service (dist/main.js, as `npm start` runs it)
 * on a free port and drives it with autocannon, 50 connections for 30 s (LOAD_SECONDS,
 * LOAD_CONNECTIONS to change), over a realistic mix: search, trace, entity, kinetic
 * chain, suggest, and 5% hostile requests.
 * Passes (exit 0) when there were no errors and no 5xx, and memory grew under 10% between
 * a warm-up run and the end. Prints p50/p99 latency and memory.
 */
import autocannon from "autocannon";
import { buildIfStale, SERVER_MAIN } from "./build.js";
import { startProcess } from "./service.js";

const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);

const gql = (query: string, variables: Record<string, unknown> = {}) => ({
  method: "POST" as const,
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query, variables }),
});

const SEARCHES = [
  "plantar fascitis",
  "tight hips",
  "how often should I replace my shoes",
  "achilles",
  "ice",
  "knee pain",
];
const TRACES = [
  ["stabbing pain under my heel, worse in the morning"],
  ["my ankle hurts when I run"],
  ["pain on the inside of my knee"],
  ["I doubled my mileage", "sore heel after running"],
];
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
    ...Array.from({ length: 30 }, (_, i) =>
      gql(
        "query($q: String!) { search(query: $q, limit: 10) { score snippet entity { id name } } }",
        { q: SEARCHES[i % SEARCHES.length] },
      ),
    ),
    ...Array.from({ length: 20 }, (_, i) =>
      gql(
        "query($s: [String!]!) { trace(symptoms: $s) { conditions { score condition { id } } rootCauses { cause { id } paths { steps { relation to { id } } } } triage { level } } }",
        { s: TRACES[i % TRACES.length] },
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

// The compiled service, as `npm start` runs it.
await buildIfStale();
// HEALTH_DETAILS: the load script reads memory from /health.
const service = await startProcess(SERVER_MAIN, { HEALTH_DETAILS: "true" });
try {
  console.log(`warm-up: 5 s at ${connections} connections`);
  await run(service.url, 5);
  const before = await memory(service.url);
  console.log(`load: ${seconds} s at ${connections} connections, mix of 100 requests (5 hostile)`);
  const result = await run(service.url, seconds);
  const after = await memory(service.url);
  const fiveXX = result["5xx"];
  const growth = (after.rss - before.rss) / before.rss;
  console.log(
    `requests: ${result.requests.total} (${Math.round(result.requests.average)}/s), 2xx ${result["2xx"]}, 4xx ${result["4xx"]}, 5xx ${fiveXX}, errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  console.log(
    `latency ms: p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`,
  );
  console.log(
    `memory MiB: rss ${before.rss} → ${after.rss} (${(growth * 100).toFixed(1)}%), heap ${before.heapUsed} → ${after.heapUsed}`,
  );
  const ok = fiveXX === 0 && result.errors === 0 && result.timeouts === 0 && growth < 0.1;
  console.log(ok ? "PASS" : "FAIL");
  process.exitCode = ok ? 0 : 1;
} finally {
  await service.stop();
}
