import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { graphWith } from "../helpers/graphWith.js";
import { compiled, FIXTURE_GRAPH } from "../helpers/paths.js";
import { runScript } from "../helpers/runScript.js";
import { type Service, startService } from "../helpers/service.js";

/**
 * What a client sees when a worker is killed with SIGKILL: the requests in flight on its
 * connections end with the connection closed and no answer (nothing can finish them; a
 * client retries, queries being read-only), while the service keeps answering and the
 * primary starts a replacement.
 */
async function expectKillNineLosesOnlyItsInFlight(service: Service): Promise<void> {
  const port = Number(new URL(service.url).port);
  const socket = connect(port, "127.0.0.1");
  let reply = "";
  socket.on("data", (d) => {
    reply += d.toString();
  });
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.on("error", () => undefined);
  // Learn which worker holds this connection, then leave a request half sent on it.
  socket.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
  while (!reply.includes("}")) await new Promise((r) => setTimeout(r, 10));
  const pid = (JSON.parse(reply.slice(reply.indexOf("{"))) as { pid: number }).pid;
  reply = "";
  socket.write(
    "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
  );
  const from = service.output().length;
  process.kill(pid, "SIGKILL");
  await closed;
  expect(reply).toBe("");
  await service.waitFor("worker died: starting another", from);
  const res = await fetch(`${service.url}/health`, { headers: { connection: "close" } });
  expect(res.status).toBe(200);
}

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
    await expectKillNineLosesOnlyItsInFlight(service);
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
