import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureKb } from "../helpers/knowledge.js";
import { overHttp } from "../helpers/servers.js";

const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

const servers: FastifyInstance[] = [];
const urls: Record<"on" | "off", string> = { on: "", off: "" };
beforeAll(async () => {
  for (const mode of ["on", "off"] as const) {
    const server = await overHttp(await fixtureKb(), { graphiql: mode === "on" });
    servers.push(server.app);
    urls[mode] = server.url;
  }
});
afterAll(async () => {
  await Promise.all(servers.map((app) => app.close()));
});

describe("GraphiQL at GET /graphql", () => {
  it("serves the self-hosted page to a browser, its script and styles from this origin", async () => {
    const res = await fetch(`${urls.on}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain('src="/graphiql/app.js"');
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ["app.js", "app.css"]) {
      const file = await fetch(`${urls.on}/graphiql/${asset}`);
      expect(file.status).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
  });

  it("answers a browser's HEAD with the page's headers, and /%67raphql as /graphql", async () => {
    const head = await fetch(`${urls.on}/graphql`, {
      method: "HEAD",
      headers: { accept: BROWSER_ACCEPT },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toMatch(/^text\/html/);
    const encoded = await fetch(`${urls.on}/%67raphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(encoded.status).toBe(200);
    expect(encoded.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("bundles the contract's operations as its examples", async () => {
    const script = await (await fetch(`${urls.on}/graphiql/app.js`)).text();
    for (const name of ["query Search(", "query Trace(", "query Entities("]) {
      expect(script).toContain(name);
    }
  });

  it("leaves GraphQL GETs and POSTs to GraphQL", async () => {
    const get = await fetch(
      `${urls.on}/graphql?query=${encodeURIComponent("{ stats { nodeCount } }")}`,
      {
        headers: { accept: "application/json", "apollo-require-preflight": "true" },
      },
    );
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: unknown }).data).toEqual({
      stats: { nodeCount: expect.any(Number) },
    });
  });

  it("is not served when off (production's default): a browser GET is a GraphQL request", async () => {
    const res = await fetch(`${urls.off}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.headers.get("content-type") ?? "").not.toMatch(/^text\/html/);
    expect((await fetch(`${urls.off}/graphiql/app.js`)).status).toBe(404);
  });

  it("refuses a GET or HEAD of /graphql with no query with 400 saying what to send", async () => {
    const asked = [
      [urls.off, "GET", BROWSER_ACCEPT],
      [urls.off, "GET", "*/*"],
      [urls.off, "HEAD", "*/*"],
      [urls.on, "GET", "application/json"],
      [urls.off, "GET", "*/*", "?variables=%7B%7D"],
    ] as const;
    for (const [url, method, accept, search = ""] of asked) {
      const res = await fetch(`${url}/graphql${search}`, { method, headers: { accept } });
      expect(res.status, `${method} ${accept} ${search}`).toBe(400);
      expect(res.headers.get("cache-control")).toBe("no-store");
      if (method === "GET") {
        const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors.map((e) => e.extensions.code)).toEqual(["BAD_REQUEST"]);
      }
    }
  });

  it("leaves a persisted query's GET, which carries only its hash, to GraphQL", async () => {
    const extensions = JSON.stringify({
      persistedQuery: { version: 1, sha256Hash: "0".repeat(64) },
    });
    const res = await fetch(`${urls.off}/graphql?extensions=${encodeURIComponent(extensions)}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });
});
