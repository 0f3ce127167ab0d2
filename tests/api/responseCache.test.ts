import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBaseHolder } from "../../src/api/index.js";
import { buildKnowledgeBase } from "../../src/knowledge/index.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { postJson, send } from "../helpers/rawHttp.js";
import { overHttp } from "../helpers/servers.js";

let url = "";
let holder: KnowledgeBaseHolder;
let close: () => Promise<void>;
beforeAll(async () => {
  const server = await overHttp(await fixtureKb());
  ({ url, holder } = server);
  close = () => server.app.close();
});
afterAll(() => close());

const cacheStats = async () =>
  (
    (await (await fetch(`${url}/health`)).json()) as {
      responseCache: { hits: number; misses: number };
    }
  ).responseCache;
const SEARCH = {
  query: "query($q: String!) { search(query: $q) { score entity { id } } }",
  variables: { q: "heel" },
};

describe("response cache", () => {
  it("answers a repeated request with the same bytes, from the cache", async () => {
    const first = await postJson(url, SEARCH);
    const before = await cacheStats();
    const second = await postJson(url, SEARCH);
    const after = await cacheStats();
    expect(second.text).toBe(first.text);
    expect(second.contentType).toBe(first.contentType);
    expect(after.hits).toBe(before.hits + 1);
  });

  it("keys on variables and operation: a different request is a miss", async () => {
    const before = await cacheStats();
    const other = await postJson(url, { ...SEARCH, variables: { q: "knee" } });
    expect(other.text).not.toContain('"errors"');
    expect((await cacheStats()).misses).toBe(before.misses + 1);
  });

  it("never skips the checks before GraphQL: a text/plain repeat is still refused", async () => {
    await postJson(url, SEARCH);
    const res = await send(url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify(SEARCH),
    });
    expect(res.status).toBe(400);
  });

  it("does not store errors", async () => {
    const bad = { query: '{ search(query: "") { score } }' };
    await postJson(url, bad);
    const before = await cacheStats();
    await postJson(url, bad);
    expect((await cacheStats()).hits).toBe(before.hits);
  });

  it("is emptied when the data changes", async () => {
    const first = await postJson(url, { query: "{ stats { version } }" });
    const kb = holder.current;
    holder.swap(buildKnowledgeBase({ ...kb.data, version: "reloaded-version" }));
    try {
      const after = await postJson(url, { query: "{ stats { version } }" });
      expect(after.text).not.toBe(first.text);
      expect(after.body?.data).toEqual({ stats: { version: "reloaded-version" } });
    } finally {
      holder.swap(kb);
    }
  });
});
