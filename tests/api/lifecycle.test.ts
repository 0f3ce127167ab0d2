import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { graphWith } from "../helpers/graphWith.js";
import { startService } from "../helpers/service.js";

// The SIGTERM tests run on services other files start anyway: the grace on
// tests/api/reload.test.ts's, the shutdown deadline on tests/api/compiledService.test.ts's.
describe("WORKERS: a crash-looping worker", () => {
  it("is restarted with backoff until the primary gives up, saying why, and exits 1", async () => {
    const { dir, cleanup } = await graphWith({});
    try {
      const service = await startService({
        GRAPH_DATA: dir,
        WORKERS: "2",
        HEALTH_DETAILS: "true",
        WORKER_RESTART_LIMIT: "3",
        // The three deaths count within the window whatever the machine's speed (at the
        // default minute, replacements starting slowly on a loaded CI could spread past it,
        // and the primary would never give up).
        WORKER_RESTART_WINDOW_MS: "3600000",
      });
      await service.waitFor("all workers listening");
      // Its exit once its output has ended: the lines read below are all in.
      const exit = service.closed();
      // Graph-data broken on disk: every replacement worker fails to load it.
      await writeFile(path.join(dir, "broken.yaml"), "nodes:\n  - id: x\n   kind: [\n");
      const health = (await (await fetch(`${service.url}/health`)).json()) as { pid: number };
      process.kill(health.pid, "SIGKILL");
      expect((await exit).code).toBe(1);
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
    // each loading the service: on a loaded 2-core machine that alone can pass 60 s
    // (vitest.config.ts's timeout leaves room for it).
  });
});
