import { expect, it } from "vitest";
import { buildKnowledgeBase, KnowledgeBase } from "../../src/knowledge/index.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { postJson } from "../helpers/rawHttp.js";
import { overHttp } from "../helpers/servers.js";

it("finishes a request on the data version it started with, even if a reload lands mid-request", async () => {
  const base = await fixtureKb();
  const next = buildKnowledgeBase({ ...base.data, version: "after-reload" });
  let swapped = false;
  // The first resolver to run swaps the served knowledge base, as a SIGHUP reload would.
  const searchIndex = Object.create(base.searchIndex) as KnowledgeBase["searchIndex"];
  const { app, url, holder } = await overHttp(
    new KnowledgeBase({
      ...base,
      searchIndex: Object.assign(searchIndex, {
        search: (...args: Parameters<KnowledgeBase["searchIndex"]["search"]>) => {
          if (!swapped) {
            swapped = true;
            holder.swap(next);
          }
          return base.searchIndex.search(...args);
        },
      }),
    }),
  );
  try {
    const during = await postJson(url, {
      query: '{ search(query: "heel") { score } stats { version } }',
    });
    expect(swapped).toBe(true);
    expect(during.body?.data).toMatchObject({ stats: { version: base.version } });
    const after = await postJson(url, { query: "{ stats { version } }" });
    expect(after.body?.data).toEqual({ stats: { version: "after-reload" } });
  } finally {
    await app.close();
  }
});
