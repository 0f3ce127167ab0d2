import type { FastifyInstance } from "fastify";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentHash, loadTrustedDocuments, loadTypeDefs } from "../../src/graphql/index.js";
import { DEFAULT_SERVICE_LIMITS } from "../../src/graphql/serviceLimits.js";
import { createHttpServer } from "../../src/http/index.js";
import { KnowledgeBaseHolder } from "../../src/knowledge/KnowledgeBaseHolder.js";
import { type Exchange, exchange, type RawRequest } from "../helpers/bothPaths.js";
import { collectedLog } from "../helpers/collectedLog.js";
import { contractOperations, contractVariables } from "../helpers/contract.js";
import { realKb } from "../helpers/knowledge.js";
import { parsePrometheus, sampleValue } from "../helpers/prometheus.js";

/** Requests a minute per client: low enough for the last case to reach the limit. */
const RATE = 300;

/** One server, its request log lines (parsed) as written. */
interface Side {
  app: FastifyInstance;
  url: string;
  lines: Record<string, unknown>[];
}

/** A server with the cache-hit path on or off, its log collected at info level. */
async function side(cacheHitPath: boolean): Promise<Side> {
  const { lines, stream } = collectedLog();
  const app = await createHttpServer({
    holder: new KnowledgeBaseHolder(await realKb()),
    typeDefs: await loadTypeDefs(),
    logger: pino({ level: "info" }, stream),
    trustedDocuments: { documents: await loadTrustedDocuments(), mode: "off" },
    limits: { ...DEFAULT_SERVICE_LIMITS, rateLimitPerMinute: RATE },
    cacheHitPath,
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return { app, url, lines };
}

const sides: { on?: Side; off?: Side } = {};
beforeAll(async () => {
  sides.on = await side(true);
  sides.off = await side(false);
});
afterAll(async () => {
  await Promise.all([sides.on?.app.close(), sides.off?.app.close()]);
});

/** Hits a server answered before Fastify's hooks so far (its /metrics). */
async function hitsBeforeHooks(s: Side | undefined): Promise<number> {
  const { body } = await exchange(s?.url ?? "", { method: "GET", path: "/metrics" });
  return (
    sampleValue(
      parsePrometheus(body).samples,
      "kinetic_graph_response_cache_hits_before_hooks_total",
    ) ?? 0
  );
}

/** Sends `request` `times` times to each server in turn; the exchanges of each. */
async function both(request: RawRequest, times = 3): Promise<{ on: Exchange[]; off: Exchange[] }> {
  const { on, off } = sides;
  if (on === undefined || off === undefined) throw new Error("the servers start in beforeAll");
  const answers = { on: [] as Exchange[], off: [] as Exchange[] };
  for (let i = 0; i < times; i++) {
    answers.off.push(await exchange(off.url, request));
    answers.on.push(await exchange(on.url, request));
  }
  return answers;
}

/** The request log's lines, without what follows the clock (time, ms). */
const logged = (s: Side | undefined) =>
  (s?.lines ?? []).filter((l) => l.msg === "request").map(({ time, ms, ...rest }) => rest);

/** The request and cache counters of a server's /metrics, as samples. */
async function counters(s: Side | undefined) {
  const { body } = await exchange(s?.url ?? "", { method: "GET", path: "/metrics" });
  return parsePrometheus(body)
    .samples.filter((m) =>
      /^kinetic_graph_(requests_total|response_cache_(hits|misses)_total|compiled_answers_total)$/.test(
        m.name,
      ),
    )
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const JSON_POST = { "content-type": "application/json", "x-request-id": "hit-path" };

/** Each request sent three times: the second answer is stored, the third a hit on both sides. */
const cases: Record<string, RawRequest> = {};
/** The cases whose third request the path answers (the rest go through Fastify's hooks). */
const early = new Set<string>();
for (const { name, query } of contractOperations) {
  const body = JSON.stringify({ query, variables: contractVariables[name], operationName: name });
  cases[`${name}, no Accept`] = { headers: JSON_POST, body };
  early.add(`${name}, no Accept`).add(`${name}, Accept of graphql-http`);
  cases[`${name}, Accept of graphql-http`] = {
    headers: { ...JSON_POST, accept: "application/graphql-response+json, application/json" },
    body,
  };
}
const trace = contractOperations.find((o) => o.name === "Trace")?.query ?? "";
const traceBody = JSON.stringify({
  query: trace,
  variables: contractVariables.Trace,
  operationName: "Trace",
});
Object.assign(cases, {
  "Trace, charset in the content type": {
    headers: { ...JSON_POST, "content-type": "application/json; charset=utf-8" },
    body: traceBody,
  },
  // (answered early: the next four and the two APQ cases, see below)
  "Trace, a content type Fastify's path takes (upper case)": {
    headers: { ...JSON_POST, "content-type": "Application/JSON" },
    body: traceBody,
  },
  "Trace, Accept */*": { headers: { ...JSON_POST, accept: "*/*" }, body: traceBody },
  "Trace, Accept text/html (refused by Apollo's negotiation, never stored)": {
    headers: { ...JSON_POST, accept: "text/html" },
    body: traceBody,
  },
  "Trace, a draft of X-Request-Id that is not safe (a UUID instead)": {
    headers: { "content-type": "application/json", "x-request-id": 'bad "id"' },
    body: traceBody,
  },
  "Trace, APQ with its text": {
    headers: JSON_POST,
    body: JSON.stringify({
      query: trace,
      variables: contractVariables.Trace,
      operationName: "Trace",
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(trace) } },
    }),
  },
  "Trace, APQ by hash alone": {
    headers: JSON_POST,
    body: JSON.stringify({
      variables: contractVariables.Trace,
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(trace) } },
    }),
  },
  "Trace, a malformed APQ hash (400)": {
    headers: JSON_POST,
    body: JSON.stringify({
      query: trace,
      extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } },
    }),
  },
  "an unknown field (400, never stored)": {
    headers: JSON_POST,
    body: JSON.stringify({ query: "{ nope }" }),
  },
  "a cost over the limit (refused, never stored)": {
    headers: JSON_POST,
    body: JSON.stringify({
      query: `{ ${Array.from({ length: 40 }, (_, i) => `s${i}: search(query: "heel", limit: 50) { total }`).join(" ")} }`,
    }),
  },
  "a body that is not JSON (400)": { headers: JSON_POST, body: '{"query": ' },
  "a body with an unknown member (never looked up)": {
    headers: JSON_POST,
    body: JSON.stringify({ query: "{ stats { nodeCount } }", extra: 1 }),
  },
  "a Content-Encoding (415)": {
    headers: { ...JSON_POST, "content-encoding": "gzip" },
    body: traceBody,
  },
  "an Accept over 1 KiB (431)": {
    headers: { ...JSON_POST, accept: `application/json, ${"x/y, ".repeat(300)}` },
    body: traceBody,
  },
  "a path with a query string (Fastify's path)": {
    path: "/graphql?x=1",
    headers: JSON_POST,
    body: traceBody,
  },
  "GET with a preflight header": {
    method: "GET",
    path: `/graphql?query=${encodeURIComponent("{ stats { nodeCount } }")}`,
    headers: { "apollo-require-preflight": "true", "x-request-id": "hit-path-get" },
  },
  "HEAD of /graphql": { method: "HEAD", headers: { "x-request-id": "hit-path-head" } },
  // `new URL("http://a b:c@d/")` parses, with "a b" as user info; Fastify's host name is
  // "a b" alone, which does not: the host check refuses it, and so must the path, cached or not.
  "Trace, a Host whose name is not a host (`a b:c@d`, 400)": {
    headers: { ...JSON_POST, host: "a b:c@d" },
    body: traceBody,
  },
  "Trace, a Host ending in an empty port (`a b:c@d:`, 400)": {
    headers: { ...JSON_POST, host: "a b:c@d:" },
    body: traceBody,
  },
  "Trace, a Host with a port (answered early)": {
    headers: { ...JSON_POST, host: "localhost:4000" },
    body: traceBody,
  },
  "Trace, a Host of an IPv6 address and port (answered early)": {
    headers: { ...JSON_POST, host: "[::1]:4000" },
    body: traceBody,
  },
});

for (const name of [
  "Trace, charset in the content type",
  "Trace, Accept */*",
  "Trace, a draft of X-Request-Id that is not safe (a UUID instead)",
  "Trace, APQ with its text",
  "Trace, APQ by hash alone",
  "Trace, a Host with a port (answered early)",
  "Trace, a Host of an IPv6 address and port (answered early)",
]) {
  early.add(name);
}

describe("response-cache hits answered before Fastify's hooks", () => {
  for (const [name, request] of Object.entries(cases)) {
    it(`answers ${name} byte for byte as Fastify's hooks do, every time`, async () => {
      const before = [await hitsBeforeHooks(sides.on), await hitsBeforeHooks(sides.off)];
      const { on, off } = await both(request);
      // Where the path answers, at least the third request is its hit (the first two may be
      // too, when an earlier case stored the same body); never on the other side.
      const after = [await hitsBeforeHooks(sides.on), await hitsBeforeHooks(sides.off)];
      const answeredEarly = (after[0] ?? 0) - (before[0] ?? 0);
      if (early.has(name)) expect(answeredEarly).toBeGreaterThanOrEqual(1);
      else expect(answeredEarly).toBe(0);
      expect(after[1]).toBe(0);
      const mask = (e: Exchange) =>
        request.headers?.["x-request-id"] === 'bad "id"'
          ? { ...e, headers: e.headers.map(([k, v]) => [k, k === "x-request-id" ? "*" : v]) }
          : e;
      expect(on.map(mask)).toEqual(off.map(mask));
    });
  }

  it("logged every request with the same line, and counted each alike", async () => {
    const on = logged(sides.on);
    const off = logged(sides.off);
    expect(on.length).toBeGreaterThan(3 * Object.keys(cases).length - 10);
    // The unsafe id's replacement is a UUID, different on each side.
    const masked = (lines: typeof on) =>
      lines.map((l) =>
        typeof l.reqId === "string" && l.reqId.length === 36 ? { ...l, reqId: "*" } : l,
      );
    expect(masked(on)).toEqual(masked(off));
    expect(on.filter((l) => l.cached === true).length).toBeGreaterThan(
      Object.keys(cases).length / 2,
    );
    expect(await counters(sides.on)).toEqual(await counters(sides.off));
  });

  it("counts hits toward the rate limit: the same requests are refused with 429 on both", async () => {
    const { on, off } = await both({ headers: JSON_POST, body: traceBody }, RATE);
    const statuses = (list: Exchange[]) => list.map((e) => e.status);
    expect(statuses(on)).toEqual(statuses(off));
    expect(statuses(on)).toContain(429);
    expect(statuses(on)).toContain(200);
    // retry-after follows each server's own window, which started when its first request came.
    const clockless = (list: Exchange[]) =>
      list.map((e) => ({
        ...e,
        headers: e.headers.map(([k, v]) => [k, k === "retry-after" ? "*" : v]),
      }));
    expect(clockless(on)).toEqual(clockless(off));
  });
});
