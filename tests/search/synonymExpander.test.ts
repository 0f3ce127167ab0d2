import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { synonymGroupOf } from "../../bench/synonymBuild.js";
import { SynonymExpander, terms } from "../../src/search/index.js";

/**
 * The expander as it was before it was made linear (each phrase kept a copy of its
 * group's other phrases: n² for a group of n), kept here as the reference its
 * expansions must equal.
 */
function quadraticExpand(groups: readonly (readonly string[])[], queryTerms: readonly string[]) {
  const byKey = new Map<string, string[][]>();
  let maxWords = 1;
  for (const group of groups) {
    const processed = group.map((phrase) => terms(phrase)).filter((t) => t.length > 0);
    for (const phrase of processed) {
      const key = phrase.join(" ");
      const list = byKey.get(key) ?? [];
      list.push(...processed.filter((p) => p.join(" ") !== key));
      byKey.set(key, list);
      maxWords = Math.max(maxWords, phrase.length);
    }
  }
  const extra = new Map<string, string[]>();
  for (let n = 1; n <= Math.min(maxWords, 4); n++) {
    for (let i = 0; i + n <= queryTerms.length; i++) {
      const phrase = queryTerms.slice(i, i + n);
      for (const alt of byKey.get(phrase.join(" ")) ?? []) {
        for (const t of alt) {
          if (queryTerms.includes(t)) continue;
          extra.set(t, [...new Set([...(extra.get(t) ?? []), ...phrase])]);
        }
      }
    }
  }
  return extra;
}

/** A small vocabulary, so that random groups share words and phrases often. */
const word = fc.constantFrom(
  "heel",
  "heels",
  "bone",
  "calcaneus",
  "shin",
  "tibia",
  "pain",
  "sore",
  "running",
  "the",
  "kt",
  "tape",
  "a",
);
const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
const groups = fc.array(fc.array(phrase, { minLength: 1, maxLength: 8 }), { maxLength: 8 });

describe("SynonymExpander", () => {
  it("gives the same expansions as the quadratic expander it replaces, on random groups", () => {
    fc.assert(
      fc.property(groups, fc.array(word, { maxLength: 6 }), (g, query) => {
        const queryTerms = [...new Set(terms(query.join(" ")))];
        const expected = quadraticExpand(g, queryTerms);
        const actual = new SynonymExpander(g).expand(queryTerms);
        expect([...actual.entries()]).toEqual([...expected.entries()]);
      }),
      { numRuns: 500 },
    );
  });

  it("builds one group of 80 000 phrases and expands a phrase of it to all the others' words", () => {
    // How the build's time grows (about 8× for 8× the phrases) is the bench's figure
    // (bench/synonymBuild.ts in npm run bench): a ratio of CPU times moved with CI's noise.
    // What is asserted is what no machine moves: the large group is built and every phrase
    // of it reaches the others. The quadratic build copied each phrase's group into it,
    // 6.4 billion phrase copies here: minutes, past this test's time, on any machine.
    const expander = new SynonymExpander([synonymGroupOf(80_000)]);
    const query = terms("w59x w59x w21x");
    const extra = expander.expand(query);
    const others = Array.from({ length: 60 }, (_, i) => `w${i}x`).filter((w) => !query.includes(w));
    expect([...extra.keys()].sort()).toEqual(others.sort());
    for (const from of extra.values()) expect(from).toEqual([...new Set(query)]);
  });
});
