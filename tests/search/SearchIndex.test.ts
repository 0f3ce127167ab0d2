import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { fixtureKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await fixtureKb();
});

const ids = (query: string, kinds?: Parameters<KnowledgeBase["searchIndex"]["search"]>[1]) =>
  kb.searchIndex.search(query, kinds).map((h) => h.entity.id);

describe("SearchIndex", () => {
  it("ranks a name match above passing mentions", () => {
    expect(ids("heel ache")[0]).toBe("heel-ache");
  });

  it("finds aliases and curated synonyms", () => {
    expect(ids("sore heel")[0]).toBe("heel-ache");
    expect(ids("shinbone")).toContain("tibia");
  });

  it("tolerates a typo in a longer word", () => {
    expect(ids("stabing heel")[0]).toBe("stabbing-heel");
    expect(ids("numbnes")).toContain("heel-numbness");
  });

  it("matches the last word as a prefix while typing", () => {
    expect(ids("knee lig")[0]).toBe("knee-ligament");
  });

  it("filters by kind and pages with offset", () => {
    const hits = kb.searchIndex.search("heel", { kinds: ["SYMPTOM"], limit: 50 });
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((h) => h.entity.kind === "SYMPTOM")).toBe(true);
    const second = kb.searchIndex.search("heel", { kinds: ["SYMPTOM"], limit: 1, offset: 1 });
    expect(second[0]?.entity.id).toBe(hits[1]?.entity.id);
  });

  it("marks matched words in a snippet of at most about 200 characters", () => {
    const [hit] = kb.searchIndex.search("stabbing heel");
    expect(hit?.snippet).toMatch(/<mark>[Ss]tabbing<\/mark>/);
    expect(hit?.snippet.replace(/<\/?mark>/g, "").length).toBeLessThanOrEqual(202);
  });

  it("counts hits by kind", () => {
    const facets = kb.searchIndex.facets("heel");
    expect(facets.get("SYMPTOM")).toBeGreaterThan(1);
    expect(facets.get("CONDITION")).toBeGreaterThan(0);
  });

  it("suggests names at any word start, conditions first", () => {
    const texts = kb.searchIndex.suggest("kne", 5).map((s) => s.text);
    expect(texts.slice(0, 2)).toEqual(["Knee strain", "Knee joint"]);
    expect(kb.searchIndex.suggest("hip m", 5).map((s) => s.entity.id)).toContain("tight-hip");
  });

  it("never throws, whatever the text, and results are ordered", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        const hits = kb.searchIndex.search(text, { limit: 50 });
        for (let i = 1; i < hits.length; i++) {
          const [a, b] = [hits[i - 1], hits[i]];
          if (a && b)
            expect(a.score > b.score || (a.score === b.score && a.entity.id < b.entity.id)).toBe(
              true,
            );
        }
        for (const h of hits) expect(h.coverage).toBeGreaterThanOrEqual(0);
        kb.searchIndex.suggest(text, 5);
      }),
    );
  });

  it("treats regex characters and emoji as plain text", () => {
    for (const q of ["heel.*(", "[a-z]+$", "🏃 heel 🦶", "\\d{3}", "heel\u0000ache"]) {
      expect(() => kb.searchIndex.search(q)).not.toThrow();
    }
    expect(ids("🏃 heel ache 🦶")[0]).toBe("heel-ache");
  });
});
