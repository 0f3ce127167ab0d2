import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { DEFAULT_SERVICE_LIMITS, type ServiceLimits } from "../../src/graphql/serviceLimits.js";
import { createHttpServer } from "../../src/http/index.js";
import { KnowledgeBaseHolder } from "../../src/knowledge/KnowledgeBaseHolder.js";
import { collectedLog } from "../helpers/collectedLog.js";
import { fixtureKb } from "../helpers/knowledge.js";

/** A server whose log lines are collected, parsed, in `lines`. */
async function loggedServer(level: string, logSample?: number, limits?: ServiceLimits) {
  const { lines, stream } = collectedLog();
  const app = await createHttpServer({
    holder: new KnowledgeBaseHolder(await fixtureKb()),
    typeDefs: await loadTypeDefs(),
    logger: pino({ level }, stream),
    ...(logSample === undefined ? {} : { logSample }),
    ...(limits === undefined ? {} : { limits }),
  });
  const requests = () => lines.filter((l) => l.msg === "request");
  return { app, requests };
}

const STATS = JSON.stringify({ query: "query Stats { stats { nodeCount } }" });
const post = (payload: string) => ({
  method: "POST" as const,
  url: "/graphql?x=1",
  headers: { "content-type": "application/json", "x-request-id": "log-test" },
  payload,
});

describe("the request log", () => {
  it("writes one line per request with what operators read", async () => {
    const { app, requests } = await loggedServer("info");
    await app.inject(post(STATS));
    await app.inject({ method: "GET", url: "/no-such-page" });
    await app.close();
    const [graphql, other] = requests();
    expect(graphql).toMatchObject({
      level: 30,
      reqId: "log-test",
      method: "POST",
      url: "/graphql",
      status: 200,
      operation: "Stats",
      errors: [],
      cached: false,
    });
    expect(typeof graphql?.ms).toBe("number");
    expect(other).toMatchObject({ method: "GET", url: "/no-such-page", status: 404 });
    expect(other).not.toHaveProperty("operation");
  });

  it("names the client a per-client limit counted on a 429's line, and on no other", async () => {
    const limits = { ...DEFAULT_SERVICE_LIMITS, rateLimitPerMinute: 1, trustProxyHops: 1 };
    const { app, requests } = await loggedServer("info", undefined, limits);
    const viaProxy = post(STATS);
    const forwarded = {
      ...viaProxy,
      headers: { ...viaProxy.headers, "x-forwarded-for": "10.0.0.7" },
    };
    expect((await app.inject(forwarded)).statusCode).toBe(200);
    expect((await app.inject(forwarded)).statusCode).toBe(429);
    await app.close();
    const [served, refused] = requests();
    expect(served).not.toHaveProperty("client");
    expect(refused).toMatchObject({ status: 429, client: "10.0.0.7" });
  });

  it("logs probes answered below 400 only at debug level", async () => {
    const probes = async (level: string) => {
      const { app, requests } = await loggedServer(level);
      await app.inject({ method: "GET", url: "/livez" });
      await app.inject({ method: "GET", url: "/readyz?x=1" });
      await app.close();
      return requests().map((l) => l.url);
    };
    expect(await probes("info")).toEqual([]);
    expect(await probes("debug")).toEqual(["/livez", "/readyz"]);
  });

  it("writes nothing below info level", async () => {
    const { app, requests } = await loggedServer("warn");
    await app.inject(post(STATS));
    await app.close();
    expect(requests()).toEqual([]);
  });

  it("samples successful requests one in LOG_SAMPLE, and logs every error", async () => {
    const { app, requests } = await loggedServer("info", 3);
    for (let i = 0; i < 6; i++) await app.inject(post(STATS));
    const bad = JSON.stringify({ query: '{ search(query: "") { score } }' });
    for (let i = 0; i < 2; i++) await app.inject(post(bad));
    await app.inject(post("{not json"));
    await app.close();
    const lines = requests();
    expect(lines.filter((l) => l.status === 200 && l.operation === "Stats")).toHaveLength(2);
    expect(
      lines.filter((l) => (l.errors as string[] | undefined)?.[0] === "BAD_USER_INPUT"),
    ).toHaveLength(2);
    expect(lines.filter((l) => l.status === 400 && l.operation === undefined)).toHaveLength(1);
  });
});
