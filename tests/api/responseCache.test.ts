import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../src/knowledge/index.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { parsePrometheus, sampleValue } from "../helpers/prometheus.js";
import { postJson, send } from "../helpers/rawHttp.js";
import { useHttpServer } from "../helpers/servers.js";

const server = useHttpServer(fixtureKb);

/** The cache's counters, as /metrics reports them. */
const cacheStats = async () => {
  const { samples } = parsePrometheus(await (await fetch(`${server.url}/metrics`)).text());
  return {
    hits: sampleValue(samples, "kinetic_graph_response_cache_hits_total") ?? Number.NaN,
    misses: sampleValue(samples, "kinetic_graph_response_cache_misses_total") ?? Number.NaN,
  };
};
const SEARCH = {
  query: "query($q: String!) { search(query: $q) { score entity { id } } }",
  variables: { q: "heel" },
};

describe("response cache", () => {
  it("answers a repeated request with the same bytes, from the cache", async () => {
    // Seen once: remembered; seen twice: stored; from then on: answered from the cache.
    const first = await postJson(server.url, SEARCH);
    await postJson(server.url, SEARCH);
    const before = await cacheStats();
    const third = await postJson(server.url, SEARCH);
    const after = await cacheStats();
    expect(third.text).toBe(first.text);
    expect(third.contentType).toBe(first.contentType);
    expect(after.hits).toBe(before.hits + 1);
  });

  it("keys on variables and operation: a different request is a miss", async () => {
    const before = await cacheStats();
    const other = await postJson(server.url, { ...SEARCH, variables: { q: "knee" } });
    expect(other.text).not.toContain('"errors"');
    expect((await cacheStats()).misses).toBe(before.misses + 1);
  });

  it("keys on the body's text: the same request written otherwise gets the same bytes", async () => {
    const spaced = JSON.stringify(SEARCH, null, 2);
    const compact = await postJson(server.url, SEARCH);
    const before = await cacheStats();
    const first = await postJson(server.url, spaced);
    await postJson(server.url, spaced);
    const third = await postJson(server.url, spaced);
    const after = await cacheStats();
    expect([first.text, third.text]).toEqual([compact.text, compact.text]);
    // Its own entry: a miss the first two times, a hit the third.
    expect(after.misses - before.misses).toBe(2);
    expect(after.hits - before.hits).toBe(1);
  });

  it("looks up only well-formed requests: a body with an unknown member is never a miss or a hit", async () => {
    const odd = { ...SEARCH, unknown: 1 };
    const before = await cacheStats();
    for (let i = 0; i < 3; i++) await postJson(server.url, odd);
    expect(await cacheStats()).toEqual(before);
  });

  it("never skips the checks before GraphQL: a text/plain repeat is still refused", async () => {
    await postJson(server.url, SEARCH);
    const res = await send(server.url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify(SEARCH),
    });
    expect(res.status).toBe(400);
  });

  it("does not store errors", async () => {
    const bad = { query: '{ search(query: "") { score } }' };
    await postJson(server.url, bad);
    await postJson(server.url, bad);
    const before = await cacheStats();
    await postJson(server.url, bad);
    expect((await cacheStats()).hits).toBe(before.hits);
  });

  it("is emptied when the data changes", async () => {
    await postJson(server.url, { query: "{ stats { version } }" });
    const first = await postJson(server.url, { query: "{ stats { version } }" });
    const holder = server.holder;
    if (holder === null) throw new Error("the server has not started");
    const kb = holder.current;
    holder.swap(buildKnowledgeBase({ ...kb.data, version: "reloaded-version" }));
    try {
      const after = await postJson(server.url, { query: "{ stats { version } }" });
      expect(after.text).not.toBe(first.text);
      expect(after.body?.data).toEqual({ stats: { version: "reloaded-version" } });
    } finally {
      holder.swap(kb);
    }
  });
});
