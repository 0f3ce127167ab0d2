import { describe, expect, it } from "vitest";
import { graphWith } from "../helpers/graphWith.js";
import { compiled, FIXTURE_GRAPH } from "../helpers/paths.js";
import { runScript } from "../helpers/runScript.js";
import { startService } from "../helpers/service.js";

describe("WORKERS=2 (node:cluster)", () => {
  it("serves from two processes on one port and stops cleanly", async () => {
    const service = await startService({ GRAPH_DATA: FIXTURE_GRAPH, WORKERS: "2" });
    // Ready when both workers answer: ask on fresh connections until two pids are seen
    // (the second worker may still be loading on a busy machine), within a deadline.
    const pids = new Set<number>();
    const deadline = Date.now() + 20_000;
    while (pids.size < 2 && Date.now() < deadline) {
      const res = await fetch(`${service.url}/health`, { headers: { connection: "close" } });
      expect(res.status).toBe(200);
      pids.add(((await res.json()) as { pid: number }).pid);
    }
    expect(pids.size).toBe(2);
    expect(await service.stop()).toBe(0);
  });

  it("refuses to start when graph-data is broken", async () => {
    const { dir, cleanup } = await graphWith({ "broken.yaml": "nodes:\n  - id: x\n   kind: [\n" });
    try {
      const { code, output } = await runScript(compiled("main"), {
        env: { GRAPH_DATA: dir, WORKERS: "2", PORT: "0", HOST: "127.0.0.1" },
      });
      expect(code).toBe(1);
      expect(output).toContain("YAML_SYNTAX");
    } finally {
      await cleanup();
    }
  });
});
