import { beforeAll, expect, it } from "vitest";
import { coldText } from "../../bench/coldText.js";
import type { GraphData } from "../../src/graph/index.js";
import { realGraphData } from "../helpers/knowledge.js";

let data: GraphData;
beforeAll(async () => {
  data = await realGraphData();
});

it("never hands out the same text twice, queries and complaints alike", () => {
  const text = coldText(data, 3);
  const seen = new Set<string>();
  for (let i = 0; i < 20_000; i++) {
    for (const t of [text.query(), text.complaint()]) {
      expect(seen.has(t)).toBe(false);
      seen.add(t);
    }
  }
  expect(text.issued).toBe(40_000);
});

it("is reproducible from its seed, and draws from the vocabulary's words", () => {
  const a = coldText(data, 9);
  const b = coldText(data, 9);
  const drawn = Array.from({ length: 200 }, () => a.complaint());
  expect(Array.from({ length: 200 }, () => b.complaint())).toEqual(drawn);
  expect(drawn.every((c) => c.length > 0 && c.length <= 200)).toBe(true);
  const siteWords = data.vocabulary.sites.flatMap((s) => s.words);
  expect(drawn.filter((c) => siteWords.some((w) => c.includes(w))).length).toBeGreaterThan(100);
});
