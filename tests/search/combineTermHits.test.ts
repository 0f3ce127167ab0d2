import fc from "fast-check";
import MiniSearch from "minisearch";
import { expect, it } from "vitest";
import { combineTermHits } from "../../src/search/combineTermHits.js";
import type { TermHits } from "../../src/search/TermCache.js";

const WORDS = ["heel", "heal", "ache", "aches", "achilles", "stiff", "stiffness", "run", "runner"];

/** Options as SearchIndex gives them: typo distance by length, prefix on the last term, a weight per term. */
const fuzzy = (term: string) => (term.length < 5 ? false : term.length < 8 ? 1 : 2);

it("adds up each term searched alone exactly as MiniSearch searches the whole query", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }), {
        minLength: 1,
        maxLength: 12,
      }),
      fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
      fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      (docs, query, synonym) => {
        const mini = new MiniSearch<{ id: string; name: string; text: string }>({
          fields: ["name", "text"],
          searchOptions: { tokenize: (t) => t.split(" ").filter((w) => w.length > 0) },
        });
        mini.addAll(
          docs.map((words, i) => ({
            id: `d${i}`,
            name: words.slice(0, 2).join(" "),
            text: words.join(" "),
          })),
        );
        const last = query.at(-1);
        const weight = (term: string) => (synonym[query.indexOf(term)] ? 0.7 : 1);
        const options = { boost: { name: 4, text: 1 } };
        const whole = mini.search(query.join(" "), {
          ...options,
          fuzzy,
          prefix: (term) => term === last,
          boostTerm: (term) => weight(term),
        });
        const hits: TermHits[] = query.map((term) => {
          const alone = mini.search(term, {
            ...options,
            fuzzy: fuzzy(term),
            prefix: term === last,
            boostTerm: () => weight(term),
          });
          return {
            ids: alone.map((r) => String(r.id)),
            scores: alone.map((r) => r.score),
            matched: alone.map((r) => r.terms),
          };
        });
        const combined = combineTermHits(query, hits, null);
        expect(combined.size).toBe(whole.length);
        for (const r of whole) {
          const c = combined.get(String(r.id));
          expect(c?.score).toBe(r.score);
          expect(c?.queryTerms).toEqual(r.queryTerms);
          expect(new Set(c?.matched.flat())).toEqual(new Set(r.terms));
        }
      },
    ),
  );
});
