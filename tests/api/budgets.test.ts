import { get } from "node:http";
import { connect } from "node:net";
import type { FastifyInstance } from "fastify";
import { parse } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import {
  STACK_LINE_MAX_CHARS,
  STACK_MAX_FRAMES,
  STACKS_PER_ANSWER,
} from "../../src/graphql/boundedStacktraces.js";
import { documentBytes, documentStore } from "../../src/graphql/documentStore.js";
import { createApolloServer, loadTypeDefs } from "../../src/graphql/index.js";
import { DEFAULT_SERVICE_LIMITS, type ServiceLimits } from "../../src/graphql/serviceLimits.js";
import { WorkBudget } from "../../src/graphql/WorkBudget.js";
import { MAX_PIPELINED } from "../../src/http/boundPipelining.js";
import { createHttpServer } from "../../src/http/index.js";
import { RateWindows } from "../../src/http/installRateLimit.js";
import { KnowledgeBaseHolder } from "../../src/knowledge/index.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { parsePrometheus, sampleValue } from "../helpers/prometheus.js";
import { postJson, send } from "../helpers/rawHttp.js";
import { type GraphQLBody, silentLogger } from "../helpers/servers.js";

const started: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of started.splice(0)) await app.close();
});

/** The real HTTP server over the fixture graph with some limits changed (production unless told). */
async function serverWith(changes: Partial<ServiceLimits>, production = true): Promise<string> {
  const app = await createHttpServer({
    holder: new KnowledgeBaseHolder(await fixtureKb()),
    typeDefs: await loadTypeDefs(),
    logger: silentLogger,
    production,
    limits: { ...DEFAULT_SERVICE_LIMITS, ...changes },
  });
  started.push(app);
  return app.listen({ port: 0, host: "127.0.0.1" });
}

/** Runs `query` in process with a work budget of `units`. */
async function withBudget(units: number, query: string): Promise<GraphQLBody> {
  const server = createApolloServer({
    typeDefs: await loadTypeDefs(),
    log: silentLogger,
    production: true,
  });
  await server.start();
  const response = await server.executeOperation(
    { query },
    {
      contextValue: {
        kb: await fixtureKb(),
        requestId: "budget",
        outcome: { operationName: null, errorCodes: [] },
        budget: new WorkBudget(units),
      },
    },
  );
  await server.stop();
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as GraphQLBody;
}

describe("work budget", () => {
  it("stops a trace whose reading exceeds it, with WORK_BUDGET_EXCEEDED", async () => {
    // Each input read costs FIELD_WEIGHTS.perSearch (300): two inputs need 600.
    const query =
      '{ trace(symptoms: ["heel pain, knee ache", "sore calf, tight hips"]) { disclaimer } }';
    expect((await withBudget(100_000, query)).errors).toBeUndefined();
    const body = await withBudget(500, query);
    expect(body.errors?.[0]?.extensions?.code).toBe("WORK_BUDGET_EXCEEDED");
    expect(body.errors?.[0]?.message).toMatch(/: .*send fewer/);
  });

  it("stops a search whose terms exceed it", async () => {
    const query = '{ search(query: "heel pain knee ache sore calf tight hips morning") { score } }';
    expect((await withBudget(100_000, query)).errors).toBeUndefined();
    expect((await withBudget(60, query)).errors?.[0]?.extensions?.code).toBe(
      "WORK_BUDGET_EXCEEDED",
    );
  });
});

describe("document store", () => {
  it("sizes a document by its source, comments included", () => {
    const padded = parse(`{ __typename } #${"é".repeat(99_000)}`);
    expect(documentBytes(padded)).toBeGreaterThan(2 * 99_000);
  });

  it("keeps no more bytes than its bound; once full, least recently used out for a document asked for more often", async () => {
    const store = documentStore(250_000);
    const doc = (i: number) => parse(`{ a${i}: __typename } #${"x".repeat(50_000)}`);
    // Two fit: the third, never asked for, is not kept in a full store...
    for (let i = 0; i < 3; i++) await store.set(`k${i}`, doc(i));
    expect(await store.get("k2")).toBeUndefined();
    // ...but once asked for (that miss) more often than the oldest, it pushes it out.
    await store.set("k2", doc(2));
    expect(await store.get("k0")).toBeUndefined();
    expect(await store.get("k2")).toBeDefined();
  });
});

describe("response size", () => {
  it("refuses an answer over MAX_RESPONSE_KB with RESPONSE_TOO_LARGE, JSON", async () => {
    const url = await serverWith({ maxResponseBytes: 1024 });
    const small = await postJson(url, { query: "{ stats { nodeCount } }" });
    expect(small.status).toBe(200);
    const big = await postJson(url, {
      query: "{ entities(first: 100) { edges { node { id summary } } } }",
    });
    expect(big.status).toBe(400);
    expect(big.body?.errors?.[0]?.extensions?.code).toBe("RESPONSE_TOO_LARGE");
  });
});

describe("error answers in development, with their stacks", () => {
  it("stay under MAX_RESPONSE_KB: each stack cut, and only the first errors carry one", async () => {
    const url = await serverWith({ maxResponseBytes: 32 * 1024 }, false);
    // graphql-js repeats a variable's value in its message and so in the stack's first line.
    const coercion = await postJson(url, {
      query: 'query($l: Int) { search(query: "heel", limit: $l) { score } }',
      variables: { l: "x".repeat(95_000) },
    });
    // A hundred validation errors (graphql-js stops there), each with its stack.
    const many = Array.from({ length: 150 }, (_, i) => `a${i}: nope${i}`).join(" ");
    const validation = await postJson(url, { query: `{ ${many} }` });
    for (const [res, code] of [
      [coercion, "BAD_USER_INPUT"],
      [validation, "GRAPHQL_VALIDATION_FAILED"],
    ] as const) {
      expect(res.status).toBe(400);
      const errors = (res.body?.errors ?? []) as {
        extensions?: { code?: string; stacktrace?: string[] };
      }[];
      expect(errors[0]?.extensions?.code).toBe(code);
      const stacks = errors.flatMap((e) => e.extensions?.stacktrace ?? []);
      expect(stacks.length).toBeGreaterThan(1);
      expect(errors.filter((e) => e.extensions?.stacktrace).length).toBeLessThanOrEqual(
        STACKS_PER_ANSWER,
      );
      for (const e of errors)
        expect(e.extensions?.stacktrace?.length ?? 0).toBeLessThanOrEqual(STACK_MAX_FRAMES + 1);
      for (const line of stacks) expect(line.length).toBeLessThanOrEqual(STACK_LINE_MAX_CHARS);
    }
    expect(validation.body?.errors?.length).toBeGreaterThan(100);
  });
});

/**
 * /metrics, asked again while the server has not yet seen the test's sockets close (each
 * refused attempt is one more connection refused: counts are at least the test's own).
 */
async function metricsOf(url: URL) {
  for (let attempt = 1; ; attempt++) {
    try {
      return parsePrometheus(await (await fetch(`${url.origin}/metrics`)).text());
    } catch (err) {
      if (attempt >= 50) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

describe("fairness", () => {
  it("limits one address's requests a minute, with 429 RATE_LIMITED and retry-after", async () => {
    const url = await serverWith({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++)
      expect((await postJson(url, { query: "{ __typename }" })).status).toBe(200);
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ __typename }"}',
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await res.json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("says the limit, what is left and when the window ends on every counted request", async () => {
    const url = await serverWith({ rateLimitPerMinute: 2 });
    const seen: (string | null)[][] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"{ __typename }"}',
      });
      await res.arrayBuffer();
      seen.push(
        ["status", "x-ratelimit-limit", "x-ratelimit-remaining", "retry-after"].map((h) =>
          h === "status" ? String(res.status) : res.headers.get(h),
        ),
      );
      const reset = Number(res.headers.get("x-ratelimit-reset"));
      expect(reset).toBeGreaterThan(0);
      expect(reset).toBeLessThanOrEqual(60);
    }
    expect(seen).toEqual([
      ["200", "2", "1", null],
      ["200", "2", "0", null],
      ["429", "2", "0", expect.stringMatching(/^\d+$/)],
    ]);
    const probe = await fetch(`${url}/livez`);
    expect(probe.headers.get("x-ratelimit-limit")).toBeNull();
  });

  it("counts each client in a fixed window from its first request, forgetting the least recently seen past its bound", () => {
    let now = 1_000;
    const windows = new RateWindows(60_000, 2, () => now);
    expect(windows.count("a")).toEqual({ count: 1, ttlMs: 60_000 });
    now += 15_000;
    expect(windows.count("a")).toEqual({ count: 2, ttlMs: 45_000 });
    expect(windows.count("b")).toEqual({ count: 1, ttlMs: 60_000 });
    now += 45_000;
    // a's window is over: a new one starts; b's goes on.
    expect(windows.count("a")).toEqual({ count: 1, ttlMs: 60_000 });
    expect(windows.count("b")).toEqual({ count: 2, ttlMs: 15_000 });
    // c pushes out the least recently seen (a), so a starts again from 1.
    windows.count("c");
    expect(windows.size).toBe(2);
    expect(windows.count("b").count).toBe(3);
    expect(windows.count("a")).toEqual({ count: 1, ttlMs: 60_000 });
    expect(windows.size).toBe(2);
  });

  it("never rate-limits the probes, so a low limit cannot fail them and restart the pod", async () => {
    const url = await serverWith({ rateLimitPerMinute: 1 });
    expect((await postJson(url, { query: "{ __typename }" })).status).toBe(200);
    expect((await postJson(url, { query: "{ __typename }" })).status).toBe(429);
    expect((await fetch(`${url}/health`)).status).toBe(429);
    for (const probe of ["/livez", "/readyz", "/livez"])
      expect((await fetch(`${url}${probe}`)).status, probe).toBe(200);
  });

  it("limits one address's requests at once, with 429 RATE_LIMITED", async () => {
    const url = await serverWith({ clientMaxInFlight: 1 });
    // A request whose body has not all arrived is in flight from its headers on.
    const body = '{"query":"{ __typename }"}';
    const socket = connect(Number(new URL(url).port), "127.0.0.1");
    let reply = "";
    socket.on("data", (d) => {
      reply += d.toString();
    });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await postJson(url, { query: "{ __typename }" });
    expect(refused.status).toBe(429);
    expect(refused.body?.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    socket.write(body.slice(5));
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.destroy();
    expect(reply).toMatch(/^HTTP\/1.1 200/);
    expect((await postJson(url, { query: "{ __typename }" })).status).toBe(200);
  });

  it("with TRUST_PROXY, limits each client behind the proxy, and a forged X-Forwarded-For evades nothing", async () => {
    const viaProxy = (url: string, forwarded?: string) =>
      fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(forwarded === undefined ? {} : { "x-forwarded-for": forwarded }),
        },
        body: '{"query":"{ __typename }"}',
      }).then((r) => r.status);
    const trusting = await serverWith({ rateLimitPerMinute: 2, trustProxyHops: 1 });
    // Two clients behind one proxy (127.0.0.1) each get their own two a minute.
    for (const client of ["10.0.0.1", "10.0.0.1", "10.0.0.2", "10.0.0.2"])
      expect(await viaProxy(trusting, client)).toBe(200);
    expect(await viaProxy(trusting, "10.0.0.1")).toBe(429);
    // Entries the client wrote before the proxy's own are never read.
    expect(await viaProxy(trusting, "10.9.9.9, 10.0.0.2")).toBe(429);
    // Off (the default), the header is not read: rotating forged addresses change nothing.
    const off = await serverWith({ rateLimitPerMinute: 2 });
    for (const [i, forged] of ["10.0.0.1", "10.0.0.2", "10.0.0.3"].entries())
      expect(await viaProxy(off, forged)).toBe(i < 2 ? 200 : 429);
  });

  it("closes connections of one address past its limit", async () => {
    const url = new URL(await serverWith({ clientMaxConnections: 2 }));
    const closed = (socket: ReturnType<typeof connect>) =>
      new Promise<boolean>((resolve) => {
        socket.once("close", () => resolve(true));
        setTimeout(() => resolve(false), 700);
      });
    const sockets = Array.from({ length: 3 }, () => connect(Number(url.port), "127.0.0.1"));
    const results = await Promise.all(sockets.map(closed));
    for (const s of sockets) s.destroy();
    expect(results.filter(Boolean).length).toBe(1);
    // Nothing else shows a connection closed as it arrived: /metrics counts it.
    const { samples } = await metricsOf(url);
    expect(
      sampleValue(samples, "kinetic_graph_connections_refused_total", { limit: "client" }),
    ).toBeGreaterThanOrEqual(1);
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
    const metrics = await new Promise<string>((resolve, reject) => {
      get({ port, host: "127.0.0.1", path: "/metrics", localAddress: "127.0.0.2" }, (res) => {
        let text = "";
        res.on("data", (d) => {
          text += d;
        });
        res.on("end", () => resolve(text));
      }).on("error", reject);
    });
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

  it("closes a connection whose headers are too slow within a second of HEADERS_TIMEOUT_MS", async () => {
    const url = new URL(await serverWith({ headersTimeoutMs: 500 }));
    const socket = connect(Number(url.port), "127.0.0.1");
    socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\n");
    const started = Date.now();
    let reply = "";
    socket.on("data", (d) => {
      reply += d.toString();
    });
    await new Promise((resolve) => socket.once("close", resolve));
    expect(Date.now() - started).toBeLessThan(2500);
    expect(reply).toMatch(/^HTTP\/1.1 408/);
    expect(reply).toContain("REQUEST_TIMEOUT");
  });
});
