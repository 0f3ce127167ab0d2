import { connect, type Socket } from "node:net";
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
  // What every worker holds alike is one worker's value, not the sum: the served data.
  const health = (await (await fetch(`${service.url}/health`)).json()) as {
    nodeCount: number;
    version: string;
  };
  const { samples } = parsePrometheus(
    await (await fetch(`${service.url}/metrics`, { headers: { connection: "close" } })).text(),
  );
  expect(sampleValue(samples, "kinetic_graph_data_nodes")).toBe(health.nodeCount);
  expect(sampleValue(samples, "kinetic_graph_data_info", { version: health.version })).toBe(1);
  expect(sampleValue(samples, "kinetic_graph_workers_scraped")).toBe(2);
}

/** A kept-alive connection from `localAddress`, errors swallowed (the server may reset it). */
function connectFrom(port: number, localAddress: string) {
  const socket = connect({ port, host: "127.0.0.1", localAddress });
  socket.on("error", () => undefined);
  return socket;
}

/** Sends GET `path` on `socket` and resolves the answer's head and body, or null if it closes first. */
function exchange(socket: Socket, path: string): Promise<string | null> {
  return new Promise((resolve) => {
    let reply = "";
    const onData = (d: Buffer) => {
      reply += d.toString("latin1");
      const head = reply.indexOf("\r\n\r\n");
      const length = /content-length: (\d+)/i.exec(reply)?.[1];
      if (head < 0 || length === undefined || reply.length < head + 4 + Number(length)) return;
      socket.off("data", onData);
      socket.off("close", onClose);
      resolve(reply);
    };
    const onClose = () => resolve(null);
    socket.on("data", onData);
    socket.once("close", onClose);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
  });
}

/**
 * The per-client limits are each worker's (docs/limits.md, Budgets: a client gets up to WORKERS
 * times each): the rate's headers count each worker's requests apart. The pipelining
 * penalty is shared: an address penalized by one worker has its connections on the other
 * closed too, and new ones refused whichever worker gets them.
 */
async function expectLimitsPerWorkerAndPenaltyShared(service: Service, perMinute: number) {
  const port = Number(new URL(service.url).port);
  // Fresh connections from one address until each worker has answered twice.
  const remaining = new Map<number, number[]>();
  for (
    let ask = 0;
    ask < 40 && [...remaining.values()].filter((r) => r.length >= 2).length < 2;
    ask++
  ) {
    const socket = connectFrom(port, "127.0.0.7");
    const reply = (await exchange(socket, "/health")) ?? "";
    socket.destroy();
    const pid = (JSON.parse(reply.slice(reply.indexOf("{"))) as { pid: number }).pid;
    const left = Number(/x-ratelimit-remaining: (\d+)/i.exec(reply)?.[1]);
    remaining.set(pid, [...(remaining.get(pid) ?? []), left]);
  }
  expect(remaining.size).toBe(2);
  for (const left of remaining.values())
    expect(left).toEqual(left.map((_, i) => perMinute - 1 - i));
  // One connection kept on each worker from 127.0.0.5 (known by the pid /health names).
  const kept = new Map<number, Socket>();
  for (let ask = 0; ask < 40 && kept.size < 2; ask++) {
    const socket = connectFrom(port, "127.0.0.5");
    const reply = (await exchange(socket, "/health")) ?? "";
    const pid = (JSON.parse(reply.slice(reply.indexOf("{"))) as { pid: number }).pid;
    if (kept.has(pid)) socket.destroy();
    else kept.set(pid, socket);
  }
  expect(kept.size).toBe(2);
  const closed = [...kept.values()].map((s) => new Promise((resolve) => s.once("close", resolve)));
  // 200 pipelined requests on a new connection: whichever worker gets it penalizes the
  // address, and both kept connections are closed (the other worker's by the primary's word).
  const flood = connectFrom(port, "127.0.0.5");
  flood.write("GET /livez HTTP/1.1\r\nHost: x\r\n\r\n".repeat(200));
  await Promise.all(closed);
  flood.destroy();
  // Now every new connection of the address is refused, on either worker; others are served.
  for (let i = 0; i < 4; i++)
    expect(await exchange(connectFrom(port, "127.0.0.5"), "/livez")).toBeNull();
  const other = connectFrom(port, "127.0.0.6");
  expect(await exchange(other, "/livez")).toMatch(/^HTTP\/1.1 200/);
  other.destroy();
}

describe("WORKERS=2 (node:cluster)", () => {
  it("serves from two processes on one port (request ids unique, metrics summed, limits each worker's, the pipelining penalty shared) and stops cleanly", async () => {
    const service = await startService({
      GRAPH_DATA: FIXTURE_GRAPH,
      WORKERS: "2",
      HEALTH_DETAILS: "true",
      RATE_LIMIT_PER_MINUTE: "1000",
      // Kept connections close by the penalty alone, not by going idle.
      KEEP_ALIVE_MS: "60000",
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
    await expectLimitsPerWorkerAndPenaltyShared(service, 1000);
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
