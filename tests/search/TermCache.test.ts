import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { runSteps } from "../../src/graph/steps.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { SearchIndex } from "../../src/search/index.js";
import {
  TERM_CACHE_BYTES,
  TermCache,
  type TermHits,
  termHitsBytes,
} from "../../src/search/TermCache.js";
import { fixtureKb } from "../helpers/knowledge.js";

/** Hits of `n` entities, each having matched `width` document terms. */
const hitsOf = (n: number, width: number): TermHits => ({
  ids: Array.from({ length: n }, (_, i) => `entity-${i}`),
  scores: Array.from({ length: n }, (_, i) => i / 3),
  matched: Array.from({ length: n }, (_, i) =>
    Array.from({ length: width }, (_, k) => `term${i}${k}`),
  ),
});

describe("TermCache", () => {
  it("never holds more than its bound, whatever is asked in whatever order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.array(
          fc.record({
            key: fc.string({ maxLength: 12 }),
            n: fc.integer({ min: 0, max: 60 }),
            width: fc.integer({ min: 1, max: 4 }),
          }),
          { maxLength: 200 },
        ),
        (maxBytes, asks) => {
          const cache = new TermCache(maxBytes);
          for (const { key, n, width } of asks) {
            const computed = hitsOf(n, width);
            const got = cache.hits(key, () => computed);
            // What comes back is what the key computed (now or before), never another key's.
            expect(got.ids.length === 0 || got.ids[0] === "entity-0").toBe(true);
            expect(cache.stats().bytes).toBeLessThanOrEqual(maxBytes);
          }
        },
      ),
    );
  });

  it("remembers a term's hits and computes them once while they fit", () => {
    const cache = new TermCache();
    let calls = 0;
    const compute = () => {
      calls++;
      return hitsOf(10, 2);
    };
    const first = cache.hits("1 heel", compute);
    expect(cache.hits("1 heel", compute)).toBe(first);
    expect(calls).toBe(1);
    expect(cache.stats()).toMatchObject({ entries: 1, computed: 1 });
    expect(cache.stats().bytes).toBe(termHitsBytes("1 heel", first));
  });

  it("returns but does not keep an entry larger than the bound, and keeps nothing at 0", () => {
    const big = hitsOf(1000, 4);
    const small = new TermCache(termHitsBytes("k", big) - 1);
    expect(small.hits("k", () => big)).toBe(big);
    expect(small.stats().entries).toBe(0);
    const none = new TermCache(0);
    none.hits("k", () => hitsOf(1, 1));
    none.hits("k", () => hitsOf(1, 1));
    expect(none.stats()).toMatchObject({ entries: 0, bytes: 0, computed: 2 });
  });

  it("states its default bound in bytes", () => {
    expect(TERM_CACHE_BYTES).toBe(8 * 2 ** 20);
  });
});

describe("SearchIndex's term cache", () => {
  let kb: KnowledgeBase;
  const build = (bytes: number) =>
    runSteps(
      SearchIndex.build(kb.data.entities, kb.data.synonyms, (id) => kb.graph.neighbors(id), bytes),
    );
  beforeAll(async () => {
    kb = await fixtureKb();
  });

  it("answers exactly as an index that remembers nothing, through evictions", () => {
    const words = ["heel", "ache", "stabing", "knee", "lig", "sore", "numbnes", "tibia", "run"];
    const remembering = build(4096);
    const forgetting = build(0);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), {
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 20 }),
        (queries, limit) => {
          for (const q of queries.map((w) => w.join(" "))) {
            expect(remembering.search(q, { limit })).toEqual(forgetting.search(q, { limit }));
            expect(remembering.facets(q)).toEqual(forgetting.facets(q));
          }
          expect(remembering.termCacheStats().bytes).toBeLessThanOrEqual(4096);
        },
      ),
    );
  });

  it("looks each term up once while it is remembered", () => {
    const index = build(2 ** 20);
    index.search("heel ache");
    const after = index.termCacheStats().computed;
    index.search("heel ache", { limit: 3, kinds: ["SYMPTOM"] });
    index.facets("heel ache");
    expect(index.termCacheStats().computed).toBe(after);
  });
});
