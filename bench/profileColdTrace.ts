/**
 * Where a cold Trace's CPU goes, without a socket: `npx tsx bench/profileColdTrace.ts`.
 * MODE=trace (default) runs `kb.trace` in process; MODE=http runs the whole service's
 * request path (Fastify's hooks, the body parser, the compiled path and its answer writer,
 * the response cache's lookups) through Fastify's `inject`, in production, with the
 * published trusted documents, as `npm start` serves them (no socket write, no node:http
 * parser: light-my-request stands in for them and costs a few percent of its own). Both
 * warm up on WARM never-seen complaints (bench/coldText.ts, one or two in turn, limit 10,
 * as the bench's cold rows), then profile N more with V8's sampling profiler (node:inspector,
 * every 200 µs; its own dispatch is left out of the shares) and print the CPU per trace,
 * the frames with most self time and most inclusive time (as shares of the profile's busy
 * time), and write the profile to PROFILE (default /tmp/coldTrace.cpuprofile) for Chrome's
 * DevTools. Under load the µs figures swing: compare
 * shares, or builds side by side with bench/pairedInProcess.ts and bench/pairedCpu.ts.
 * Environment: MODE, N (default 4000), WARM (default 3000), TOP (default 30), PROFILE.
 */
import { writeFileSync } from "node:fs";
import type { Profiler } from "node:inspector";
import { Session } from "node:inspector/promises";
import { pino } from "pino";
import { loadTypeDefs } from "../src/graphql/index.js";
import { loadTrustedDocuments } from "../src/graphql/trustedDocuments.js";
import { createHttpServer } from "../src/http/index.js";
import { KnowledgeBaseHolder, loadKnowledgeBase } from "../src/knowledge/index.js";
import { type ColdText, coldText } from "./coldText.js";
import { contractOperation } from "./contractOperation.js";

const MODE = process.env.MODE ?? "trace";
const N = Number(process.env.N ?? 4000);
const WARM = Number(process.env.WARM ?? 3000);
const TOP = Number(process.env.TOP ?? 30);
const PROFILE = process.env.PROFILE ?? "/tmp/coldTrace.cpuprofile";

const kb = await loadKnowledgeBase("graph-data");
let traces = 0;
const inputs = (g: ColdText) => [g.complaint(), ...(++traces % 2 === 0 ? [g.complaint()] : [])];

/** Runs one trace of `symptoms`; the bytes of its answer (0 in process). */
let run: (symptoms: string[]) => Promise<number> = async (symptoms) => {
  kb.trace(symptoms, { limit: 10 });
  return 0;
};
if (MODE === "http") {
  process.env.NODE_ENV = "production";
  const app = await createHttpServer({
    holder: new KnowledgeBaseHolder(kb),
    typeDefs: await loadTypeDefs(),
    production: true,
    trustedDocuments: { documents: await loadTrustedDocuments(), mode: "off" },
    logger: pino({ level: "silent" }),
  });
  await app.ready();
  const query = contractOperation("Trace");
  run = async (symptoms) => {
    const answer = await app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({
        query,
        operationName: "Trace",
        variables: { symptoms, limit: 10 },
      }),
    });
    if (answer.statusCode !== 200) throw new Error(`HTTP ${answer.statusCode}: ${answer.body}`);
    return answer.rawPayload.length;
  };
}

const warm = coldText(kb.data, 99);
for (let i = 0; i < WARM; i++) await run(inputs(warm));
const fresh = coldText(kb.data, 7);
const texts = Array.from({ length: N }, () => inputs(fresh));
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const start = process.cpuUsage();
let bytes = 0;
for (const t of texts) bytes += await run(t);
const used = process.cpuUsage(start);
const { profile } = await session.post("Profiler.stop");
writeFileSync(PROFILE, JSON.stringify(profile));
console.log(
  `${MODE}: ${((used.user + used.system) / N).toFixed(0)} µs of CPU per cold trace` +
    (bytes > 0 ? `, ${(bytes / N).toFixed(0)} bytes per answer` : "") +
    ` (profiling included); profile in ${PROFILE}`,
);
report(profile);

/** Prints the frames with most self and most inclusive time, as shares of busy time. */
function report(p: Profiler.Profile): void {
  const name = (n: Profiler.ProfileNode) =>
    `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}`;
  const ticks = new Map<number, number>();
  const deltas = p.timeDeltas ?? [];
  for (const [i, id] of (p.samples ?? []).entries()) {
    ticks.set(id, (ticks.get(id) ?? 0) + (deltas[i] ?? 0));
  }
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  for (const n of p.nodes) {
    const t = ticks.get(n.id) ?? 0;
    // Idle time, and the in-process profiler's own message dispatch, are not the trace's.
    const own = n.callFrame.url === "" && ["(idle)", "dispatch"].includes(n.callFrame.functionName);
    if (t === 0 || own) continue;
    busy += t;
    self.set(name(n), (self.get(name(n)) ?? 0) + t);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (node === undefined || seen.has(name(node))) continue;
      seen.add(name(node));
      inclusive.set(name(node), (inclusive.get(name(node)) ?? 0) + t);
    }
  }
  for (const [title, table] of [
    ["self", self],
    ["inclusive", inclusive],
  ] as const) {
    console.log(`\n${title} time, % of busy:`);
    for (const [frame, t] of [...table].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      console.log(`${((t / busy) * 100).toFixed(1).padStart(5)}  ${frame}`);
    }
  }
}
