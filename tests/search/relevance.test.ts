import { beforeAll, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { RELEVANCE } from "../fixtures/relevance.js";
import { realKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

it(`meets the relevance bars on ${RELEVANCE.length} runner queries (MRR ≥ 0.9, recall@5 = 1)`, () => {
  const ranks = RELEVANCE.map(({ query, relevant }) => {
    const ids = kb.searchIndex.search(query, { limit: 50 }).map((h) => h.entity.id);
    const rank = ids.findIndex((id) => relevant.includes(id)) + 1;
    return { query, rank, top: ids.slice(0, 3) };
  });
  const mrr = ranks.reduce((s, r) => s + (r.rank > 0 ? 1 / r.rank : 0), 0) / ranks.length;
  const recall5 = ranks.filter((r) => r.rank > 0 && r.rank <= 5).length / ranks.length;
  console.log(
    `search relevance: ${ranks.length} queries, MRR ${mrr.toFixed(3)}, recall@5 ${recall5.toFixed(3)}`,
  );
  const misses = ranks
    .filter((r) => r.rank !== 1)
    .map((r) => `${r.query} → rank ${r.rank} (top: ${r.top.join(", ")})`);
  if (misses.length > 0) console.log(`not first:\n  ${misses.join("\n  ")}`);
  expect(recall5).toBe(1);
  expect(mrr).toBeGreaterThanOrEqual(0.9);
});

it("ranks up an entity closely linked to strong hits (graph blending)", () => {
  const query = "heel pain in the morning";
  const textOnly = kb.searchIndex
    .search(query, { limit: 10, graphBlend: false })
    .map((h) => h.entity.id);
  const blended = kb.searchIndex.search(query, { limit: 10 });
  const rank = (ids: string[]) => ids.indexOf("plantar-fasciitis");
  // Plantar fasciitis says little about mornings, but it PRESENTS_WITH the top hit.
  expect(rank(blended.map((h) => h.entity.id))).toBeLessThan(
    rank(textOnly) === -1 ? 99 : rank(textOnly),
  );
  expect(blended.find((h) => h.entity.id === "plantar-fasciitis")?.graphBoost).toBeGreaterThan(0);
  expect(blended[0]?.entity.id).toBe("heel-pain-worst-in-morning");
});

it("finds the posterior tibialis as the ankle article describes it", () => {
  const hits = kb.searchIndex.search("muscle that runs down the inside of the calf to the arch");
  expect(hits[0]?.entity.id).toBe("posterior-tibialis");
  expect(kb.searchIndex.search("muscles on the inside of the calf")[0]?.entity.id).toBe(
    "posterior-tibialis",
  );
});

it("puts an exact name or alias first", () => {
  expect(kb.searchIndex.search("torn achilles")[0]?.entity.id).toBe("achilles-rupture");
  expect(kb.searchIndex.search("shin muscle")[0]?.entity.id).toBe("anterior-tibialis");
});
