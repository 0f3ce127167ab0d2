import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { graphWith } from "../helpers/graphWith.js";
import { compiled, FIXTURE_GRAPH } from "../helpers/paths.js";
import { parsePrometheus, sampleValue } from "../helpers/prometheus.js";
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

const UUID = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[\da-f]{4}-[\da-f]{12}$/;

const postStats = (url: string) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { connection: "close", "content-type": "application/json" },
    body: '{"query":"query Stats { stats { nodeCount } }"}',
  });

/** Request ids are UUIDs unique across the workers, echoed, and on each request's log line. */
async function expectUniqueRequestIds(service: Service): Promise<void> {
  const echoed: string[] = [];
  const pids = new Set<number>();
  while (echoed.length < 20) {
    const res = await postStats(service.url);
    expect(res.status).toBe(200);
    const id = res.headers.get("x-request-id") ?? "";
    expect(id).toMatch(UUID);
    echoed.push(id);
    await service.waitFor(id);
    const line = service
      .output()
      .split("\n")
      .find((l) => l.includes(id));
    const logged = JSON.parse(line ?? "{}") as { reqId?: string; pid?: number };
    expect(logged.reqId).toBe(id);
    pids.add(logged.pid ?? 0);
  }
  expect(pids.size).toBe(2);
  expect(new Set(echoed).size).toBe(echoed.length);
}

/** /metrics counts every request whichever worker answered it or the scrape. */
async function expectMetricsSummed(service: Service): Promise<void> {
  const counted = { route: "/graphql", operation: "Stats", status: "200" };
  const count = async () => {
    const res = await fetch(`${service.url}/metrics`, { headers: { connection: "close" } });
    expect(res.status).toBe(200);
    const { samples } = parsePrometheus(await res.text());
    return sampleValue(samples, "kinetic_graph_requests_total", counted) ?? 0;
  };
  const before = await count();
  for (let i = 0; i < 6; i++) expect((await postStats(service.url)).status).toBe(200);
  // Each scrape may reach either worker: both see the sum.
  expect(await count()).toBe(before + 6);
  expect(await count()).toBe(before + 6);
}

describe("WORKERS=2 (node:cluster)", () => {
  it("serves from two processes on one port (request ids unique, metrics summed) and stops cleanly", async () => {
    const service = await startService({
      GRAPH_DATA: FIXTURE_GRAPH,
      WORKERS: "2",
      HEALTH_DETAILS: "true",
    });
    // Ready when both workers listen (the second may still be loading on a busy machine:
    // the primary says when, whatever the time it took); then fresh connections reach both
    // (the primary deals them out in turn: 20 asks are ample, and no clock is read).
    await service.waitFor("all workers listening");
    const pids = new Set<number>();
    for (let ask = 0; ask < 20 && pids.size < 2; ask++) {
      const res = await fetch(`${service.url}/health`, { headers: { connection: "close" } });
      expect(res.status).toBe(200);
      pids.add(((await res.json()) as { pid: number }).pid);
    }
    expect(pids.size).toBe(2);
    await expectUniqueRequestIds(service);
    await expectMetricsSummed(service);
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
