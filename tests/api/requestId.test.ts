import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_REQUEST_ID_LENGTH, requestIdOf } from "../../src/http/requestId.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { inProcess, useHttpServer } from "../helpers/servers.js";

const UUID = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[\da-f]{4}-[\da-f]{12}$/;
const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

describe("requestIdOf", () => {
  it("keeps a safe x-request-id, else takes traceparent's trace id, else makes a UUID", () => {
    expect(requestIdOf({ "x-request-id": "lb-7f3a:01" })).toBe("lb-7f3a:01");
    expect(requestIdOf({ traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` })).toBe(TRACE_ID);
    expect(requestIdOf({ traceparent: `00-${"0".repeat(32)}-00f067aa0ba902b7-01` })).toMatch(UUID);
    expect(requestIdOf({ "x-request-id": "a\nforged log line" })).toMatch(UUID);
    expect(requestIdOf({ "x-request-id": "x".repeat(MAX_REQUEST_ID_LENGTH + 1) })).toMatch(UUID);
    expect(requestIdOf({})).toMatch(UUID);
  });

  it("never returns more than the bound or a character outside the safe set, whatever is sent", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 100 }), (id, trace) => {
        const result = requestIdOf({ "x-request-id": id, traceparent: trace });
        expect(result.length).toBeLessThanOrEqual(MAX_REQUEST_ID_LENGTH);
        expect(result).toMatch(/^[A-Za-z0-9\-_.:/+=@]+$/);
      }),
    );
  });
});

describe("request ids over HTTP", () => {
  const server = useHttpServer(fixtureKb);
  const ask = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql?query=%7Bstats%7BnodeCount%7D%7D`, {
      headers: { "apollo-require-preflight": "1", ...headers },
    });

  it("echoes the caller's x-request-id, or the id it made", async () => {
    const given = await ask({ "x-request-id": "abc-123" });
    expect(given.status).toBe(200);
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    const made = (await ask()).headers.get("x-request-id");
    expect(made).toMatch(UUID);
    expect((await ask()).headers.get("x-request-id")).not.toBe(made);
    const traced = await ask({ traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` });
    expect(traced.headers.get("x-request-id")).toBe(TRACE_ID);
  });

  it("echoes it on errors answered before GraphQL runs too", async () => {
    const res = await fetch(`${server.url}/nowhere`, { headers: { "x-request-id": "r-404" } });
    expect(res.status).toBe(404);
    expect(res.headers.get("x-request-id")).toBe("r-404");
  });
});

describe("masked errors", () => {
  it("carry the request id so a user can quote it", async () => {
    // A knowledge base with nothing in it: the resolver fails with a TypeError.
    const { server, run } = await inProcess({} as KnowledgeBase, { production: true });
    const body = await run("{ stats { nodeCount } }");
    await server.stop();
    expect(body.errors?.[0]?.extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      requestId: "test",
    });
  });
});
