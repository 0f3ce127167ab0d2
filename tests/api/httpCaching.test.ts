import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase, KnowledgeBaseHolder } from "../../src/knowledge/index.js";
import { fixtureKb, realKb } from "../helpers/knowledge.js";
import { overHttp, postGraphQL } from "../helpers/servers.js";

let app: FastifyInstance;
let url = "";
let holder: KnowledgeBaseHolder;
let fixture: KnowledgeBase;
beforeAll(async () => {
  fixture = await fixtureKb();
  ({ app, url, holder } = await overHttp(fixture, { httpCacheMaxAge: 120 }));
});
afterAll(async () => {
  await app.close();
});

const PREFLIGHT = { "apollo-require-preflight": "true", accept: "application/json" };
const get = (query: string, headers: Record<string, string> = PREFLIGHT) =>
  fetch(`${url}/graphql?query=${encodeURIComponent(query)}`, { headers });

describe("HTTP caching of GraphQL GETs", () => {
  it("gives an answer without errors an ETag and Cache-Control with the configured max-age", async () => {
    const res = await get("{ stats { nodeCount } }");
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toMatch(/^"[\w-]{27}"$/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=120");
  });

  it("answers 304 with no body to If-None-Match of that ETag, and 200 to another", async () => {
    const etag = (await get("{ stats { nodeCount } }")).headers.get("etag") ?? "";
    const again = await get("{ stats { nodeCount } }", { ...PREFLIGHT, "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const other = await get("{ stats { edgeCount } }", { ...PREFLIGHT, "if-none-match": etag });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);
  });

  it("changes every ETag when a reload changes the data version", async () => {
    const etag = (await get("{ stats { nodeCount } }")).headers.get("etag") ?? "";
    holder.swap(await realKb());
    try {
      const after = await get("{ stats { nodeCount } }", { ...PREFLIGHT, "if-none-match": etag });
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).not.toBe(etag);
    } finally {
      holder.swap(fixture);
    }
  });

  it("marks an answer with errors no-store, and gives it no ETag", async () => {
    const res = await get('{ search(query: "heel", limit: 99) { score } }');
    expect(res.headers.get("etag")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("never answers 304 to a GET that CSRF prevention refuses", async () => {
    const etag = (await get("{ stats { nodeCount } }")).headers.get("etag") ?? "";
    const res = await get("{ stats { nodeCount } }", { "if-none-match": etag });
    expect(res.status).toBe(400);
  });

  it("leaves POSTs without an ETag", async () => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { nodeCount } }" }),
    });
    expect(res.headers.get("etag")).toBeNull();
    expect((await postGraphQL(url, "{ stats { nodeCount } }")).status).toBe(200);
  });
});
