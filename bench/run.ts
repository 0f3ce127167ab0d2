/**
 * `npm run bench`: latency percentiles and build cost on the bundled graph and on
 * synthetic graphs of 1k, 10k and 100k nodes, HTTP throughput, and what loading
 * graph-data at the default limits costs the serving thread, at once and as a reload.
 * Prints tables and writes bench/results/bench.json. Timings are per call, after a warm-up;
 * the HTTP rows also give the service's CPU µs per request, which a busy machine moves less.
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { loadGraphData } from "../src/graph/index.js";
import { buildKnowledgeBase, type KnowledgeBase } from "../src/knowledge/index.js";
import { coldText } from "./coldText.js";
import { contractOperation } from "./contractOperation.js";
import type { HttpRow } from "./hammer.js";
import { COLD_WARM_UP, EARLY_WARM_UP, httpBench, PINNING } from "./http.js";
import { heapMiB, type Percentiles, percentiles, round } from "./measure.js";
import { type ReloadRow, reloadBench } from "./reload.js";
import { searchMicro, searchMicroLine } from "./searchMicro.js";
import { synonymBuild, synonymBuildLine } from "./synonymBuild.js";
import { prng, syntheticGraph } from "./syntheticGraph.js";
import { HOT_VARIABLES, REAL_COMPLAINTS, REAL_QUERIES, REAL_TRACES } from "./workloads.js";

interface Row {
  readonly graph: string;
  readonly nodes: number;
  readonly edges: number;
  readonly buildMs: number;
  readonly heapMiB: number;
  readonly search: Percentiles;
  readonly suggest: Percentiles;
  readonly trace: Percentiles;
  /** Trace by entity ids only: the walk without text matching. */
  readonly traceIds: Percentiles;
  /** Reading one new complaint into findings (bundled graph only; null elsewhere). */
  readonly understand: Percentiles | null;
}

function measure(
  graph: string,
  build: () => KnowledgeBase,
  queries: string[],
  traces: string[][],
  prefixes: string[],
  complaints: readonly string[] = [],
): Row {
  const before = heapMiB();
  const t0 = performance.now();
  const kb = build();
  const buildMs = performance.now() - t0;
  const heap = heapMiB() - before;
  return {
    graph,
    nodes: kb.stats.nodeCount,
    edges: kb.stats.edgeCount,
    buildMs,
    heapMiB: heap,
    search: percentiles(queries, (q) => kb.searchIndex.search(q, { limit: 10 })),
    suggest: percentiles(prefixes, (p) => kb.searchIndex.suggest(p, 8)),
    trace: percentiles(traces, (t) => kb.tracer.trace(t, { limit: 10 })),
    traceIds: percentiles(idTraces(kb), (t) => kb.tracer.trace(t, { limit: 10 })),
    understand: complaints.length === 0 ? null : percentiles(complaints, (c) => kb.reader.read(c)),
  };
}

/** Traces of two symptom ids each, drawn from the graph's own symptoms. */
function idTraces(kb: KnowledgeBase): string[][] {
  const rand = prng(11);
  const symptoms = [...kb.data.entities.values()].filter((e) => e.kind === "SYMPTOM");
  const pick = () => symptoms[Math.floor(rand() * symptoms.length)]?.id ?? "";
  return Array.from({ length: 200 }, () => [pick(), pick()]);
}

function syntheticWorkload(size: number) {
  const data = syntheticGraph(size);
  const rand = prng(7);
  const all = [...data.entities.values()];
  const symptoms = all.filter((e) => e.kind === "SYMPTOM");
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const queries = Array.from({ length: 200 }, () =>
    pick(all).name.split(" ").slice(0, 2).join(" "),
  );
  const traces = Array.from({ length: 200 }, () => [
    pick(symptoms).id,
    pick(symptoms).name,
    pick(symptoms).id,
  ]);
  const prefixes = Array.from({ length: 200 }, () => pick(all).name.slice(0, 3));
  return { data, queries, traces, prefixes };
}

/** BENCH_QUICK=1: HTTP, search in process and the bundled graph only (a minute or two). */
const QUICK = process.env.BENCH_QUICK === "1";
const real = await loadGraphData("graph-data");
// HTTP: the service against a bare node:http server answering the same bytes. Measured
// first, while this process (the load generator) is small: run after the 100k-node
// graphs below, autocannon slowed enough to cap the bare server and flatter the ratios.
const body = (name: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query: contractOperation(name), variables, operationName: name });
// Cold rows: every request a text never sent before, drawn from the vocabulary.
const fresh = coldText(real, 2026);
let traces = 0;
const http = await httpBench({
  hot: Object.fromEntries(Object.entries(HOT_VARIABLES).map(([name, v]) => [name, body(name, v)])),
  cold: {
    Search: () => body("Search", { query: fresh.query(), limit: 10 }),
    // One complaint, or two as parts of one report, in turn.
    Trace: () =>
      body("Trace", {
        symptoms: [fresh.complaint(), ...(++traces % 2 === 0 ? [fresh.complaint()] : [])],
        limit: 10,
      }),
  },
});
// Search in process, never-seen queries: its own cost without HTTP and GraphQL around it.
const micro = searchMicro(buildKnowledgeBase(real), coldText(real, 7).query);
const synonyms = synonymBuild();

const rows: Row[] = [];
rows.push(
  measure(
    "bundled",
    () => buildKnowledgeBase(real),
    REAL_QUERIES,
    REAL_TRACES,
    REAL_QUERIES.map((q) => q.slice(0, 4)),
    // 3000 distinct complaints: no call reads the same text twice.
    Array.from({ length: 3000 }, (_, i) => `${REAL_COMPLAINTS[i % REAL_COMPLAINTS.length]} ${i}`),
  ),
);
for (const size of QUICK ? [] : [1_000, 10_000, 100_000]) {
  const w = syntheticWorkload(size);
  rows.push(
    measure(
      `synthetic ${size / 1000}k`,
      () => buildKnowledgeBase(w.data),
      w.queries,
      w.traces,
      w.prefixes,
    ),
  );
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${round(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`;
const ms = (p: Percentiles) => `${round(p.p50, 3)} / ${round(p.p99, 3)}`;
console.log(`machine: ${machine}\n`);
console.log(
  "| graph | nodes | edges | build ms | heap MiB | search p50/p99 ms | suggest p50/p99 ms | trace p50/p99 ms | trace by ids p50/p99 ms | understand p50/p99 ms |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(
    `| ${r.graph} | ${r.nodes} | ${r.edges} | ${round(r.buildMs, 0)} | ${round(r.heapMiB, 1)} | ${ms(r.search)} | ${ms(r.suggest)} | ${ms(r.trace)} | ${ms(r.traceIds)} | ${r.understand === null ? "-" : ms(r.understand)} |`,
  );
}
const rps = (n: number) => String(Math.round(n));
const cpu = (us: number | null) => (us === null ? "-" : String(Math.round(us)));
const line = (r: HttpRow) =>
  `| ${r.name} | ${r.workers} | ${rps(r.service.rps)} | ${round(r.service.p50, 1)} / ${round(r.service.p99, 1)} | ${cpu(r.service.cpuUs)} | ${rps(r.bare.rps)} | ${round(r.bare.p50, 1)} / ${round(r.bare.p99, 1)} | ${cpu(r.bare.cpuUs)} | ${round(r.ratio, 2)} | ${r.cpuRatio === null ? "-" : round(r.cpuRatio, 2)} |`;
console.log(`\n${searchMicroLine(micro)}`);
console.log(synonymBuildLine(synonyms));
console.log(
  `\nHTTP, npm start (production, default logging), autocannon ${http.connections} connections, ${http.windowSeconds} s windows, service and bare alternating A B A B A B (median of 3 each); cold rows send a never-seen text every request, after ${COLD_WARM_UP} such requests per worker to the service and to the bare server alike (the early rows after ${EARLY_WARM_UP}, as the bench measured them up to stop 30); CPU is the process's (all workers') per request answered, and CPU ratio the bare server's over the service's (1 worker); ${PINNING === null ? "nothing pinned (no taskset or one CPU)" : `1-worker rows: service and bare server pinned to CPU ${PINNING.service}, load generator to CPU ${PINNING.load} (taskset); 2-worker rows unpinned`}:`,
);
console.log(
  "| row | workers | service req/s | service p50/p99 ms | service CPU µs/req | bare req/s | bare p50/p99 ms | bare CPU µs/req | ratio | CPU ratio |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of http.rows) console.log(line(r));
console.log(`cold requests answered by the response cache: ${http.coldCacheHits} (must be 0)`);
console.log(
  `\nstart-up (npm start, median of ${http.startup.firstAnswerRuns.length}): first answer ${round(http.startup.firstAnswerMs, 0)} ms after spawn; RSS ${http.startup.rssMiB} MiB, heap ${http.startup.heapMiB} MiB`,
);
const reload = QUICK ? null : await reloadBench();
if (reload !== null) reloadTable(reload);
await mkdir("bench/results", { recursive: true });
await writeFile(
  "bench/results/bench.json",
  `${JSON.stringify({ machine, date: new Date().toISOString(), rows, micro, http, reload }, null, 2)}\n`,
);
console.log("\nwrote bench/results/bench.json");

function reloadTable(reload: ReloadRow): void {
  console.log(
    `\nloading ${reload.entries} entries (${round(reload.megabytes, 1)} MB of YAML, at the default limits) while the event loop is watched:`,
  );
  console.log(
    "| how | total ms | serving thread ms | longest event-loop delay ms | p99 delay ms |\n| --- | ---: | ---: | ---: | ---: |",
  );
  for (const [how, c] of [
    ["at once (start-up)", reload.atOnce],
    [
      `reload (worker ${round(reload.reload.workerMs, 0)} ms, ${reload.reload.slices} slices)`,
      reload.reload,
    ],
  ] as const) {
    console.log(
      `| ${how} | ${round(c.totalMs, 0)} | ${round(c.servingThreadMs, 0)} | ${round(c.maxDelayMs, 0)} | ${round(c.p99DelayMs, 1)} |`,
    );
  }
}
