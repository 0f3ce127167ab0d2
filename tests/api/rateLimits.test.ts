import { describe, expect, it } from "vitest";
import { RateWindows } from "../../src/http/installRateLimit.js";
import { answerOn, getFrom, rawConnection, useServersWith } from "../helpers/limitedServers.js";
import { parsePrometheus, sampleValue } from "../helpers/prometheus.js";
import { postJson } from "../helpers/rawHttp.js";
import type { GraphQLBody } from "../helpers/servers.js";

// The limits on one client's requests: a minute's worth, and at once (moved from
// tests/api/budgets.test.ts). Connections and slow requests: tests/api/connectionLimits.test.ts.

/** The real HTTP server over the fixture graph with some limits changed (production). */
const serverWith = useServersWith();

/**
 * Requests the server at `url` is answering, per /metrics asked from 127.0.0.2: another
 * client, outside the limits the test put 127.0.0.1 at.
 */
async function inFlightSeenFromElsewhere(url: string): Promise<number> {
  const text = await getFrom(Number(new URL(url).port), "/metrics", "127.0.0.2");
  return sampleValue(parsePrometheus(text).samples, "kinetic_graph_requests_in_flight") ?? 0;
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

  it("says whether a window admits one more request without counting it (the cache-hit path asks first)", () => {
    let now = 1_000_000;
    const windows = new RateWindows(60_000, 2, () => now);
    expect(windows.admits("a", 2)).toBe(true);
    windows.count("a");
    expect(windows.admits("a", 2)).toBe(true);
    // Asking counted nothing: the second request is still the second.
    expect(windows.count("a").count).toBe(2);
    expect(windows.admits("a", 2)).toBe(false);
    expect(windows.admits("b", 2)).toBe(true);
    now += 60_000;
    // The window is over: the next request starts a new one.
    expect(windows.admits("a", 2)).toBe(true);
    expect(windows.count("a").count).toBe(1);
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
    const socket = rawConnection(Number(new URL(url).port));
    const answered = answerOn(
      socket,
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    // Until the server has read its headers (two in flight: it and the scrape), not for a
    // while: a busy machine can take longer than any pause chosen here.
    while ((await inFlightSeenFromElsewhere(url)) < 2)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const refused = await postJson(url, { query: "{ __typename }" });
    expect(refused.status).toBe(429);
    expect(refused.body?.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    socket.write(body.slice(5));
    // The held request's answer, once it comes.
    expect(await answered).toMatch(/^HTTP\/1.1 200/);
    socket.destroy();
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
});
