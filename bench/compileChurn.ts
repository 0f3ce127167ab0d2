/**
 * How much V8 still compiles once a service has warmed up: `npx tsx bench/compileChurn.ts
 * [folder]` starts the built service of `folder` (default: this one; a project folder with
 * `dist/`, as bench/pairedCpu.ts takes) as `npm start` runs it, with V8's --trace-opt and
 * --trace-deopt turned on from a preloaded module (Node refuses them in NODE_OPTIONS), sends
 * WARM never-seen requests of OP (bench/coldText.ts, as the bench's cold rows), then N more,
 * and reads V8's log of those N alone: the optimising compiler's time (its own figure, on
 * its threads), per request and by function, and every deoptimisation with its reason.
 * Each deoptimisation throws away a function's optimised code and all it inlined, which
 * is compiled again: stop 36 found a cold Trace's helper threads spending about 200 µs a
 * request on that after 15 000 others, most of it for objects of a shape not met before
 * ("wrong map"). The compile times are wall-clock on busy threads: compare runs, not
 * single figures. Environment: OP (Trace or Search; default Trace), WARM (default 15 000),
 * N (default 6 000).
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startProcess } from "../scripts/service.js";
import { loadGraphData } from "../src/graph/index.js";
import { coldRequests, coldText } from "./coldText.js";
import { contractOperation } from "./contractOperation.js";

const OP = process.env.OP ?? "Trace";
const WARM = Number(process.env.WARM ?? 15_000);
const N = Number(process.env.N ?? 6000);
const folder = path.resolve(process.argv[2] ?? ".");

const body = coldRequests(
  coldText(await loadGraphData(path.join(folder, "graph-data")), 2026),
  OP,
  contractOperation(OP),
);

const preload = path.join(tmpdir(), "compileChurn-flags.mjs");
writeFileSync(
  preload,
  'import v8 from "node:v8"; v8.setFlagsFromString("--trace-opt"); v8.setFlagsFromString("--trace-deopt");\n',
);
const side = await startProcess(
  path.join(folder, "dist/main.js"),
  { NODE_ENV: undefined, LOG_LEVEL: undefined, NODE_OPTIONS: `--import ${preload}` },
  { keepStdout: true, echo: false },
);
/** Sends `amount` never-seen requests. */
async function send(amount: number): Promise<void> {
  const bodies = Array.from({ length: amount }, body);
  let next = 0;
  await autocannon({
    url: `${side.url}/graphql`,
    connections: 10,
    amount,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++] }) }],
  });
}
let log: string;
try {
  await send(WARM);
  const mark = side.output().length;
  await send(N);
  log = side.output().slice(mark);
} finally {
  await side.stop();
}
let ms = 0;
const byFunction = new Map<string, number>();
for (const m of log.matchAll(
  /completed compiling 0x[0-9a-f]+ <JSFunction (\S*) .*?took [0-9.]+, ([0-9.]+), /g,
)) {
  const [, name = "?", took = "0"] = m;
  ms += Number(took);
  byFunction.set(name, (byFunction.get(name) ?? 0) + Number(took));
}
const deopts = [
  ...log.matchAll(
    /bailout \(kind: [^,]*, reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction (\S*)/g,
  ),
].map(([, reason, name]) => `${name} (${reason})`);
console.log(
  `${folder}: ${OP}, ${N} never-seen requests after ${WARM}: the optimising compiler took ${Math.round(ms)} ms (${Math.round((ms * 1000) / N)} µs a request); ${deopts.length} deoptimisations`,
);
console.log(
  `compiled longest: ${[...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, t]) => `${name} ${Math.round(t)} ms`)
    .join(", ")}`,
);
console.log(`deoptimised: ${deopts.join("; ") || "nothing"}`);
