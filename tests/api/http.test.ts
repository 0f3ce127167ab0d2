import { describe, expect, it } from "vitest";
import { fixtureKb } from "../helpers/knowledge.js";
import { postGraphQL, useHttpServer } from "../helpers/servers.js";

const server = useHttpServer(fixtureKb);

describe("HTTP server", () => {
  it("GET /health reports counts and the data version", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "ok",
      nodeCount: 24,
      edgeCount: 33,
      version: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it("answers GET /graphql with a query string and a CSRF preflight header", async () => {
    const res = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent("{ stats { nodeCount } }")}`,
      {
        headers: { accept: "application/json", "apollo-require-preflight": "true" },
      },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { stats: { nodeCount: 24 } } });
  });

  it("blocks a GET that a browser could send cross-site (CSRF prevention)", async () => {
    const res = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent("{ stats { nodeCount } }")}`,
    );
    expect(res.status).toBe(400);
  });

  it("answers a method /graphql does not take with 405 and the methods it does take", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const res = await fetch(`${server.url}/graphql?x=1`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("METHOD_NOT_ALLOWED");
    }
    expect((await fetch(`${server.url}/graphqlx`, { method: "PUT" })).status).toBe(404);
  });

  it("returns BAD_USER_INPUT over POST with status 200 and the error in the body", async () => {
    const { status, body } = await postGraphQL(server.url, '{ search(query: "") { score } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("rejects a query that does not parse with 400 GRAPHQL_PARSE_FAILED", async () => {
    const { status, body } = await postGraphQL(server.url, "{ stats { ");
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("rejects an unknown field with 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const { status, body } = await postGraphQL(server.url, "{ nope }");
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
