import fc from "fast-check";
import { expect, it } from "vitest";
import { RERANK_WINDOW, rerank } from "../../src/search/rerank.js";

/** Candidates with unique ids and scores drawn from few values, so ties are common. */
const candidates = fc
  .uniqueArray(fc.integer({ min: 0, max: 999 }), { maxLength: 3 * RERANK_WINDOW })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids.map(String)),
      fc.array(fc.integer({ min: 1, max: 8 }), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .map(([ids, scores]) => ids.map((id, i) => ({ id, score: (scores[i] ?? 1) / 4 })));

it("gives a page inside the window exactly as the full ranking does, without ranking the rest", () => {
  fc.assert(
    fc.property(
      candidates,
      fc.integer({ min: 1, max: RERANK_WINDOW }),
      fc.integer({ min: 1, max: 7 }),
      (list, upTo, stride) => {
        const ids = list.map((c) => c.id);
        const context = {
          exact: new Set(ids.filter((_, i) => i % 11 === 0)),
          neighbours: (id: string) => ids.filter((_, i) => (Number(id) + i) % stride === 0),
        };
        const full = rerank(list, context);
        const page = rerank(list, context, upTo);
        expect(page.slice(0, upTo)).toEqual(full.slice(0, upTo));
        expect(page.length).toBeLessThanOrEqual(Math.max(RERANK_WINDOW, list.length));
        expect(full).toHaveLength(list.length);
      },
    ),
  );
});
