import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { graphWith } from "../helpers/graphWith.js";
import { trickle, untilTrickleInFlight } from "../helpers/heldInFlight.js";
import { FIXTURE_GRAPH } from "../helpers/paths.js";
import { startService } from "../helpers/service.js";

const exited = (child: import("node:child_process").ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

// The grace (/readyz 503 while serving, then exit 0) is tested on tests/api/reload.test.ts's
// service, after its reloads: a start fewer.
describe("SIGTERM", () => {
  it("exits at the shutdown deadline whatever a client is doing", async () => {
    const service = await startService({
      GRAPH_DATA: FIXTURE_GRAPH,
      REQUEST_TIMEOUT_MS: "600000",
      SHUTDOWN_DEADLINE_MS: "1000",
    });
    // A client trickling its body: the request stays in flight for as long as it likes.
    const stopTrickle = trickle(service.url);
    try {
      await untilTrickleInFlight(service.url);
      const exit = exited(service.child);
      service.child.kill("SIGTERM");
      expect(await exit).toBe(0);
      expect(service.output()).toContain("shutdown deadline reached");
    } finally {
      stopTrickle();
    }
  });
});

describe("WORKERS: a crash-looping worker", () => {
  it("is restarted with backoff until the primary gives up, saying why, and exits 1", async () => {
    const { dir, cleanup } = await graphWith({});
    try {
      const service = await startService({
        GRAPH_DATA: dir,
        WORKERS: "2",
        HEALTH_DETAILS: "true",
        WORKER_RESTART_LIMIT: "3",
      });
      await service.waitFor("all workers listening");
      const exit = exited(service.child);
      // Graph-data broken on disk: every replacement worker fails to load it.
      await writeFile(path.join(dir, "broken.yaml"), "nodes:\n  - id: x\n   kind: [\n");
      const health = (await (await fetch(`${service.url}/health`)).json()) as { pid: number };
      process.kill(health.pid, "SIGKILL");
      expect(await exit).toBe(1);
      const log = service.output();
      expect(log).toContain("worker died: starting another after the backoff");
      expect(log).toContain("YAML_SYNTAX");
      expect(log).toContain("giving up: 3 worker deaths");
      const delays = [...log.matchAll(/"delayMs":(\d+)/g)].map((m) => Number(m[1]));
      expect(delays).toEqual([100, 200]);
    } finally {
      await cleanup();
    }
    // Five processes start one after another (the primary, two workers, two replacements),
    // each loading the service: on a loaded 2-core machine that alone can pass 30 s.
  }, 60_000);
});
