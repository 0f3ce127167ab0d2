import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { MAX_PIPELINED } from "../../src/http/boundPipelining.js";
import {
  answerOn,
  getFrom,
  metricsOf,
  rawConnection,
  useAppsWith,
  useServersWith,
} from "../helpers/limitedServers.js";
import { parsePrometheus, sampleValue } from "../helpers/prometheus.js";
import { send } from "../helpers/rawHttp.js";

// The limits on connections (per address, pipelined, per process) and on slow or oversized
// requests (moved from tests/api/budgets.test.ts). Requests' rates: tests/api/rateLimits.test.ts.

/** The real HTTP server over the fixture graph with some limits changed (production). */
const serverWith = useServersWith();
/** The same, resolving the server too (to read a bound as configured). */
const appWith = useAppsWith();

describe("fairness", () => {
  it("closes connections of one address past its limit", async () => {
    const url = new URL(await serverWith({ clientMaxConnections: 2 }));
    const sockets = Array.from({ length: 3 }, () => rawConnection(Number(url.port)));
    // The one over the limit is closed as it arrives; the other two are still served after
    // it (events in order, where a window of time would end too soon on a busy machine).
    const first = await Promise.race(
      sockets.map((s) => new Promise<typeof s>((resolve) => s.once("close", () => resolve(s)))),
    );
    const kept = sockets.filter((s) => s !== first);
    const answers = await Promise.all(
      kept.map((s) => answerOn(s, "GET /livez HTTP/1.1\r\nHost: x\r\n\r\n")),
    );
    for (const s of sockets) s.destroy();
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1.1 200/);
    // Nothing else shows a connection closed as it arrived: /metrics counts it.
    const { samples } = await metricsOf(url);
    expect(
      sampleValue(samples, "kinetic_graph_connections_refused_total", { limit: "client" }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("refuses a flood of connections over the limit without holding them or starving the kept ones", async () => {
    const { app, url } = await appWith({ clientMaxConnections: 1 });
    const port = Number(url.split(":").pop());
    const held = rawConnection(port);
    expect(await answerOn(held, "GET /livez HTTP/1.1\r\nHost: x\r\n\r\n")).toMatch(/ 200/);
    const FLOOD = 400;
    /** One connection over the limit: sends a request, resolves the bytes it got before its close. */
    const refusedOne = () =>
      new Promise<number>((resolve) => {
        const socket = rawConnection(port);
        let bytes = 0;
        socket.on("data", (d) => {
          bytes += d.length;
        });
        socket.once("connect", () => socket.write("GET /livez HTTP/1.1\r\nHost: x\r\n\r\n"));
        socket.once("close", () => resolve(bytes));
      });
    // 400 in waves of 50, while the kept connection asks one request per wave.
    const answers: string[] = [];
    let got = 0;
    for (let wave = 0; wave < FLOOD / 50; wave++) {
      const [answer, ...bytes] = await Promise.all([
        answerOn(held, "GET /livez HTTP/1.1\r\nHost: x\r\n\r\n"),
        ...Array.from({ length: 50 }, refusedOne),
      ]);
      answers.push(answer as string);
      got += bytes.reduce((a, b) => a + b, 0);
    }
    // Not one byte answered on a refused connection (no HTTP parser was given it), every
    // request of the kept one answered, and nothing of the flood still open.
    expect(got).toBe(0);
    expect(answers.filter((a) => / 200/.test(a))).toHaveLength(FLOOD / 50);
    const open = await new Promise<number>((resolve, reject) =>
      app.server.getConnections((err, n) => (err ? reject(err) : resolve(n))),
    );
    expect(open).toBe(1);
    held.destroy();
    const { samples } = await metricsOf(new URL(url), "127.0.0.2");
    expect(
      sampleValue(samples, "kinetic_graph_connections_refused_total", { limit: "client" }),
    ).toBe(FLOOD);
  });

  it("closes a connection with more than MAX_PIPELINED requests unanswered, and its address's for a while", async () => {
    const url = new URL(await serverWith({}));
    const port = Number(url.port);
    const LIVEZ = "GET /livez HTTP/1.1\r\nHost: x\r\n\r\n";
    /** Writes `count` pipelined `request`s at once; reads until all are answered or the server closes. */
    const pipeline = (count: number, localAddress = "127.0.0.1", request = LIVEZ) =>
      new Promise<{ answers: number; closed: boolean }>((resolve) => {
        const socket = connect({ port, host: "127.0.0.1", localAddress });
        let reply = "";
        const answers = () => reply.split("HTTP/1.1 200").length - 1;
        socket.on("data", (d) => {
          reply += d.toString("latin1");
          if (answers() < count) return;
          socket.removeAllListeners("close");
          socket.destroy();
          resolve({ answers: answers(), closed: false });
        });
        socket.on("error", () => undefined);
        socket.once("close", () => resolve({ answers: answers(), closed: true }));
        socket.write(request.repeat(count));
      });
    // At the bound: every request answered, the connection kept.
    expect(await pipeline(MAX_PIPELINED)).toEqual({ answers: MAX_PIPELINED, closed: false });
    const idle = connect(port, "127.0.0.1");
    await new Promise((resolve) => idle.once("connect", resolve));
    const idleClosed = new Promise((resolve) => idle.once("close", resolve));
    // Past it: closed, nothing past the bound answered, the address's other connection too.
    const over = await pipeline(200);
    expect(over.closed).toBe(true);
    expect(over.answers).toBeLessThanOrEqual(MAX_PIPELINED);
    await idleClosed;
    // For PIPELINE_PENALTY_MS the address's new connections are closed; other addresses served.
    expect(await pipeline(1)).toEqual({ answers: 0, closed: true });
    expect(await pipeline(1, "127.0.0.2")).toEqual({ answers: 1, closed: false });
    // Requests Node answers itself (an Expect it does not take: 417) count too.
    const expecting = await pipeline(
      200,
      "127.0.0.3",
      LIVEZ.replace("\r\n\r\n", "\r\nExpect: x\r\n\r\n"),
    );
    expect(expecting.closed).toBe(true);
    expect(await pipeline(1, "127.0.0.3")).toEqual({ answers: 0, closed: true });
    // So do HTTP/1.1 requests without Host (Node answered them itself, uncounted).
    const hostless = await pipeline(200, "127.0.0.4", "GET /livez HTTP/1.1\r\n\r\n");
    expect(hostless.closed).toBe(true);
    const metrics = await getFrom(port, "/metrics", "127.0.0.2");
    expect(
      sampleValue(parsePrometheus(metrics).samples, "kinetic_graph_connections_refused_total", {
        limit: "pipeline",
      }),
    ).toBe(5);
  });

  it("counts connections over MAX_CONNECTIONS, which node drops", async () => {
    const url = new URL(await serverWith({ maxConnections: 1 }));
    const held = connect(Number(url.port), "127.0.0.1");
    await new Promise((resolve) => held.once("connect", resolve));
    const dropped = connect(Number(url.port), "127.0.0.1");
    await new Promise((resolve) => dropped.once("close", resolve));
    held.destroy();
    const { samples } = await metricsOf(url);
    expect(
      sampleValue(samples, "kinetic_graph_connections_refused_total", { limit: "process" }),
    ).toBeGreaterThanOrEqual(1);
  });
});

describe("slow and oversized requests", () => {
  it("answers headers over 16 KB with 431 and a GraphQL-shaped JSON body", async () => {
    const url = await serverWith({});
    const res = await send(url, { headers: { "x-big": "a".repeat(20_000) } });
    expect(res.status).toBe(431);
    expect(res.contentType).toMatch(/json/);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe("REQUEST_HEADER_FIELDS_TOO_LARGE");
  });

  it("answers headers slower than HEADERS_TIMEOUT_MS with 408 and closes the connection", async () => {
    const { app, url } = await appWith({ headersTimeoutMs: 500 });
    // The bound as configured, read from the node server: how soon the close comes (once
    // the service's check of its connections runs, every second, not node's 30 s) is time,
    // which a loaded machine stretches; the 408 and the close are what it cannot move.
    expect(app.server.headersTimeout).toBe(500);
    const { port } = new URL(url);
    const socket = connect(Number(port), "127.0.0.1");
    socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\n");
    let reply = "";
    socket.on("data", (d) => {
      reply += d.toString();
    });
    await new Promise((resolve) => socket.once("close", resolve));
    expect(reply).toMatch(/^HTTP\/1.1 408/);
    expect(reply).toContain("REQUEST_TIMEOUT");
  });
});
