import { writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { largeGraph } from "../../bench/largeGraph.js";
import { REPEAT_SIGNAL_MS } from "../../src/process/shutdown.js";
import { postJson } from "../helpers/rawHttp.js";
import { type Service, startService } from "../helpers/service.js";

/** Groups of the large graph: 4 000 entries, about 0.75 MB of YAML (within the default limits). */
const GROUPS = 400;

let service: Service;
let dir = "";
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await largeGraph(GROUPS));
  // The grace and deadline are those of the last test, which stops the service.
  service = await startService({
    GRAPH_DATA: dir,
    SHUTDOWN_GRACE_MS: "300000",
    SHUTDOWN_DEADLINE_MS: "600000",
  });
}, 120_000);
afterAll(async () => {
  // When the last test did not run: a SIGTERM would wait out the grace.
  if (service?.child.exitCode === null) service.child.kill("SIGKILL");
  await cleanup();
});

/** How long the baseline runs: printed beside the reload's figures, for the reader. */
const BASELINE_MS = 1000;

/**
 * The pause after each request: a client that is not a flood (and leaves the reload's worker
 * some of the machine's two cores). A request every 20 ms or so still meets any stall the
 * test looks for (a quarter of the reload: hundreds of ms), in the baseline as during the
 * reload, and sends a fifth of the requests a 2 ms pause did (each costs this process and
 * the service CPU: most of the file's).
 */
const PAUSE_MS = 20;

/** Milliseconds one ordinary request takes, end to end; then a {@link PAUSE_MS} pause. */
async function timed(query: string): Promise<number> {
  const started = performance.now();
  const res = await postJson(service.url, { query });
  expect(res.status).toBe(200);
  const took = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  return took;
}

const QUERY = '{ entity(id: "hurt-1") { name } search(query: "sore heel", limit: 3) { score } }';

describe("SIGHUP reload of a large graph", () => {
  it("keeps serving while it reloads: no request waits for a large part of the reload", async () => {
    for (let i = 0; i < 30; i++) await timed(QUERY);
    const baseline: number[] = [];
    const baselineStart = performance.now();
    while (performance.now() - baselineStart < BASELINE_MS) baseline.push(await timed(QUERY));
    await writeFile(path.join(dir, "zz-synonyms.yaml"), "synonyms:\n  - [sore heel, heel ache]\n");
    const mark = service.output().length;
    let reloaded = false;
    const started = performance.now();
    const done = service.waitFor("graph-data reloaded", mark, 90_000).then(() => {
      reloaded = true;
    });
    service.child.kill("SIGHUP");
    const during: number[] = [];
    while (!reloaded) during.push(await timed(QUERY));
    await done;
    const reloadMs = performance.now() - started;
    const baselineMax = Math.max(...baseline);
    const duringMax = Math.max(...during);
    console.log(
      `reload ${reloadMs.toFixed(0)} ms; ${during.length} requests during it, slowest ${duringMax.toFixed(1)} ms (baseline's slowest ${baselineMax.toFixed(1)} ms)`,
    );
    // A load on the serving thread stalls the requests that arrive for all of it (seconds,
    // most of the reload): one client waiting its turn gets one or two answers in all, and
    // the slowest waits most of the reload. Off it, requests kept flowing and the slowest
    // took a small part of the reload. The slowest against the baseline's slowest is no
    // test's business: on a shared CI machine one scheduling hiccup moved it past 20× (a
    // stall of 23 ms against 1); `npm run bench` reports the reload's latency.
    expect(during.length).toBeGreaterThan(20);
    expect(duringMax / reloadMs).toBeLessThan(1 / 4);
  }, 120_000);
});

// Was tests/process/signals.test.ts's, with a service of its own on the fixture graph.
describe("a second signal during the shutdown", () => {
  it("SIGTERM during the grace, then SIGTERM again: exits at once (143)", async () => {
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      service.child.once("exit", (code, signal) => resolve({ code, signal })),
    );
    service.child.kill("SIGTERM");
    await service.waitFor("shutting down");
    await delay(REPEAT_SIGNAL_MS);
    service.child.kill("SIGTERM");
    expect(await exit).toEqual({ code: 143, signal: null });
    expect(service.output()).toContain('"code":143');
  });
});
