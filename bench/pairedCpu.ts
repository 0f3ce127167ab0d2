/**
 * Two builds of the service compared by CPU per cold request, on a machine others share:
 * `npx tsx bench/pairedCpu.ts <before> <after>`, each a project folder holding a built
 * `dist/` beside `graph-data/`, `schema/` and `trusted-documents.json` (a worktree, or a
 * copy of `dist/` with links to the rest). Both are started as `npm start` runs the
 * service (production, default logging, stdout drained), warmed with WARM never-seen
 * requests each, then loaded at the same time, ROUNDS windows of N requests each, every
 * window the same never-seen requests to both (bench/coldText.ts, as the bench's cold
 * rows: one complaint or two in turn, limit 10; or search queries). Each window reads
 * every thread's utime and stime from /proc/<pid>/task/<tid>/stat before and after: the
 * main thread (JavaScript, node:http, GC pauses) apart from the rest (V8's compiler and
 * GC helpers, libuv's pool). Served together, both builds meet the same machine load in
 * each window, so the paired ratios hold where req/s and each side's own figures swing.
 * Linux only (/proc). Environment: OP (Trace, Search or, with HOT, Entity; default Trace),
 * HOT=1 (the bench's hot row instead: the contract request of OP with HOT_VARIABLES, the
 * same body every time, so the response cache answers it), ROUNDS (default 8), N (default
 * 2000), WARM (default 3000), CONNECTIONS per build (default 10), AFTER_ENV (settings for
 * the second build only, `NAME=value` separated by spaces: what a setting costs, the same
 * folder given twice, e.g. AFTER_ENV="LOG_SAMPLE=100").
 */
import path from "node:path";
import autocannon from "autocannon";
import { type StartedProcess, startProcess } from "../scripts/service.js";
import { loadGraphData } from "../src/graph/index.js";
import { coldRequests, coldText } from "./coldText.js";
import { contractOperation } from "./contractOperation.js";
import { round } from "./measure.js";
import { threadCpu } from "./threadCpu.js";
import { HOT_VARIABLES } from "./workloads.js";

const OP = process.env.OP ?? "Trace";
const ROUNDS = Number(process.env.ROUNDS ?? 8);
const N = Number(process.env.N ?? 2000);
const WARM = Number(process.env.WARM ?? 3000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const HOT = process.env.HOT === "1";
const AFTER_ENV: Record<string, string> = Object.fromEntries(
  (process.env.AFTER_ENV ?? "")
    .split(" ")
    .filter((pair) => pair.includes("="))
    .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
);
/** Sends `bodies` to `url`'s /graphql, each once; the requests answered and the non-2xx. */
async function send(url: string, bodies: readonly string[]) {
  let next = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    amount: bodies.length,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      { setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) },
    ],
  });
  return { answered: result.requests.total, non2xx: result.non2xx };
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const folders = process.argv.slice(2, 4);
if (folders.length !== 2) {
  console.error("usage: npx tsx bench/pairedCpu.ts <before folder> <after folder>");
  process.exit(2);
}
const data = await loadGraphData("graph-data");
const query = contractOperation(OP);
const hot = JSON.stringify({ query, variables: HOT_VARIABLES[OP], operationName: OP });
const cold = coldRequests(coldText(data, 2026), OP, query);
const body = () => (HOT ? hot : cold());

const started: StartedProcess[] = [];
try {
  for (const [i, folder] of folders.entries()) {
    const main = path.resolve(folder, "dist/main.js");
    started.push(
      await startProcess(
        main,
        { NODE_ENV: undefined, LOG_LEVEL: undefined, ...(i === 1 ? AFTER_ENV : {}) },
        { keepStdout: false },
      ),
    );
  }
  const warm = Array.from({ length: WARM }, body);
  for (const side of started) await send(side.url, warm);
  const cpu = started.map(() => ({
    main: [] as number[],
    others: [] as number[],
    all: [] as number[],
  }));
  for (let r = 0; r < ROUNDS; r++) {
    const bodies = Array.from({ length: N }, body);
    const pids = started.map((s) => s.child.pid ?? 0);
    const before = pids.map(threadCpu);
    const sent = await Promise.all(started.map((s) => send(s.url, bodies)));
    const after = pids.map(threadCpu);
    const line = started.map((_, i) => {
      const { answered, non2xx } = sent[i] ?? { answered: 0, non2xx: 0 };
      const was = before[i] ?? { main: 0, others: 0 };
      const now = after[i] ?? { main: 0, others: 0 };
      const main = (now.main - was.main) / answered;
      const others = (now.others - was.others) / answered;
      cpu[i]?.main.push(main);
      cpu[i]?.others.push(others);
      cpu[i]?.all.push(main + others);
      return `${folders[i]} main ${round(main, 0)} others ${round(others, 0)}${non2xx > 0 ? ` (${non2xx} non-2xx)` : ""}`;
    });
    console.log(`window ${r + 1}: ${line.join("; ")} µs/request`);
  }
  const [a, b] = cpu;
  if (a === undefined || b === undefined) throw new Error("two builds expected");
  for (const [i, side] of cpu.entries()) {
    console.log(
      `${folders[i]}: CPU µs per ${HOT ? "hot" : "cold"} ${OP}, medians: main ${round(median(side.main), 0)}, others ${round(median(side.others), 0)}, whole process ${round(median(side.all), 0)}`,
    );
  }
  const ratios = (of: "main" | "all") => b[of].map((v, i) => round(v / (a[of][i] ?? v), 2));
  console.log(`after/before, window by window: whole process ${ratios("all").join(" ")}`);
  console.log(`after/before, window by window: main thread ${ratios("main").join(" ")}`);
  console.log(
    `medians of the paired ratios: whole ${median(ratios("all"))}, main ${median(ratios("main"))}`,
  );
} finally {
  for (const side of started) await side.stop();
}
