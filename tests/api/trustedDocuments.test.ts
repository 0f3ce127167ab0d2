import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentHash, loadTrustedDocuments } from "../../src/graphql/index.js";
import { trustedDocumentsOf } from "../../src/graphql/trustedDocuments.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { ROOT } from "../helpers/paths.js";
import { type GraphQLBody, overHttp } from "../helpers/servers.js";

const CONTRACT = path.join(ROOT, "tests/fixtures/contract/operations.graphql");
let stats = "";
let statsHash = "";
const servers: FastifyInstance[] = [];
const urls = { off: "", only: "" };
beforeAll(async () => {
  const documents = await loadTrustedDocuments();
  stats = [...documents.values()].find((d) => d.startsWith("query Stats")) ?? "";
  statsHash = documentHash(stats);
  for (const mode of ["off", "only"] as const) {
    const server = await overHttp(await fixtureKb(), {
      trustedDocuments: { documents, mode },
      healthDetails: true,
    });
    servers.push(server.app);
    urls[mode] = server.url;
  }
});
afterAll(async () => {
  await Promise.all(servers.map((app) => app.close()));
});

async function post(url: string, body: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as GraphQLBody };
}

const byHash = (hash: string) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

describe("the trusted-documents manifest", () => {
  it("is the contract's operations, each under the SHA-256 of its text", async () => {
    const published = await loadTrustedDocuments();
    const expected = trustedDocumentsOf(await readFile(CONTRACT, "utf8"));
    expect(Object.fromEntries(published)).toEqual(expected);
    expect(published.size).toBeGreaterThanOrEqual(7);
    expect(stats).toMatch(/^query Stats/);
  });
});

describe("persisted documents (TRUSTED_DOCUMENTS=off)", () => {
  it("answers a contract operation sent by hash alone, with no registration", async () => {
    const { status, body } = await post(urls.off, byHash(statsHash));
    expect(status).toBe(200);
    expect(body.data?.stats).toBeDefined();
  });

  it("serves repeated hash-only requests from the response cache", async () => {
    const health = async () =>
      ((await (await fetch(`${urls.off}/health`)).json()) as { responseCache: { hits: number } })
        .responseCache.hits;
    const before = await health();
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await post(urls.off, byHash(statsHash)));
    expect(await health()).toBeGreaterThan(before);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
  });

  it("registers other documents the APQ way: hash and text once, then the hash alone", async () => {
    const query = "{ stats { nodeCount } }";
    const first = await post(urls.off, byHash(documentHash(query)));
    expect(first.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    await post(urls.off, { query, ...byHash(documentHash(query)) });
    const again = await post(urls.off, byHash(documentHash(query)));
    expect(again.body.data).toEqual({ stats: { nodeCount: expect.any(Number) } });
  });
});

describe("TRUSTED_DOCUMENTS=only", () => {
  it("runs a trusted document sent by text or by hash", async () => {
    const text = await post(urls.only, { query: stats });
    const hash = await post(urls.only, byHash(statsHash));
    expect(text.body.errors).toBeUndefined();
    expect(hash.body).toEqual(text.body);
  });

  // Bodies are built when each test runs: statsHash is known only after beforeAll (read in the
  // table, it was "", and the last case sent an empty hash, not a trusted one).
  it.each([
    ["any other text", () => ({ query: "{ stats { nodeCount } }" })],
    ["a trusted text changed by one space", () => ({ query: `${stats} ` })],
    ["an unknown hash", () => byHash("0".repeat(64))],
    [
      "another text under a trusted hash",
      () => ({ query: "{ __typename }", ...byHash(statsHash) }),
    ],
  ])("refuses %s with 403 TRUSTED_DOCUMENT_REQUIRED", async (_name, body) => {
    expect(statsHash).toMatch(/^[0-9a-f]{64}$/);
    const res = await post(urls.only, body());
    expect(res.status).toBe(403);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(["TRUSTED_DOCUMENT_REQUIRED"]);
    expect(res.body.errors?.[0]?.message).toMatch(/: /);
  });

  it("answers a repeated trusted request from the response cache, and refuses an untrusted one every time", async () => {
    const hits = async () =>
      ((await (await fetch(`${urls.only}/health`)).json()) as { responseCache: { hits: number } })
        .responseCache.hits;
    const before = await hits();
    const trusted = [];
    const refused = [];
    for (let i = 0; i < 4; i++) {
      trusted.push(await post(urls.only, { query: stats }));
      refused.push(await post(urls.only, { query: "{ stats { nodeCount } }" }));
    }
    expect(await hits()).toBeGreaterThan(before);
    expect(new Set(trusted.map((a) => `${a.status} ${JSON.stringify(a.body)}`)).size).toBe(1);
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403]);
  });

  it("refuses a GET of another document too", async () => {
    const res = await fetch(`${urls.only}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(res.status).toBe(403);
  });
});
