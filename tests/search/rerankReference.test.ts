import fc from "fast-check";
import { expect, it } from "vitest";
import {
  EXACT_NAME_BOOST,
  GRAPH_BOOST,
  RERANK_WINDOW,
  type RerankContext,
  type Reranked,
  rerank,
  type Scored,
  STRONG_HITS,
} from "../../src/search/rerank.js";

const byScoreThenId = (a: Scored, b: Scored) =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Re-ranking as written plainly: sort everything, boost exact names, sort the window,
 * lend each strong hit's share to its distinct neighbours in the window, sort again.
 */
function reference(candidates: readonly Scored[], context: RerankContext, upTo: number) {
  const sorted = [...candidates].sort(byScoreThenId);
  const window: Reranked[] = sorted.slice(0, RERANK_WINDOW).map((c) => ({
    id: c.id,
    score: context.exact.has(c.id) ? c.score * EXACT_NAME_BOOST : c.score,
    graphBoost: 0,
  }));
  window.sort(byScoreThenId);
  if (context.neighbours !== null) {
    const position = new Map(window.map((c, i) => [c.id, i]));
    const bonus = new Array<number>(window.length).fill(0);
    for (const strong of window.slice(0, STRONG_HITS)) {
      const linked = context.neighbours(strong.id);
      const share = (GRAPH_BOOST * strong.score) / Math.sqrt(Math.max(1, linked.length));
      for (const id of new Set(linked)) {
        const i = position.get(id);
        if (i !== undefined && id !== strong.id) bonus[i] = (bonus[i] ?? 0) + share;
      }
    }
    for (const [i, c] of window.entries()) {
      (c as { graphBoost: number }).graphBoost = bonus[i] ?? 0;
      (c as { score: number }).score += c.graphBoost;
    }
    window.sort(byScoreThenId);
  }
  const all = [...window, ...sorted.slice(RERANK_WINDOW).map((c) => ({ ...c, graphBoost: 0 }))];
  return upTo <= RERANK_WINDOW && candidates.length > RERANK_WINDOW ? window : all;
}

/** Unique ids, scores from a few values (ties) or any positive double (float sums). */
const candidates = fc
  .uniqueArray(fc.integer({ min: 0, max: 999 }), { maxLength: 3 * RERANK_WINDOW })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids.map(String)),
      fc.array(
        fc.oneof(
          fc.integer({ min: 1, max: 8 }).map((n) => n / 4),
          fc.double({ min: 0.01, max: 50, noNaN: true }),
        ),
        { minLength: ids.length, maxLength: ids.length },
      ),
    ),
  )
  .map(([ids, scores]) => ids.map((id, i) => ({ id, score: scores[i] ?? 1 })));

it("ranks exactly as the plain algorithm, to the last bit, whatever the page and neighbours", () => {
  fc.assert(
    fc.property(
      candidates,
      fc.oneof(
        fc.integer({ min: 1, max: 2 * RERANK_WINDOW }),
        fc.constant(Number.POSITIVE_INFINITY),
      ),
      fc.integer({ min: 1, max: 7 }),
      fc.boolean(),
      (list, upTo, stride, blend) => {
        const ids = list.map((c) => c.id);
        const context: RerankContext = {
          exact: new Set(ids.filter((_, i) => i % 11 === 0)),
          // Neighbours listed twice and ids outside the candidates, as a graph can give.
          neighbours: blend
            ? (id: string) => [
                ...ids.filter((_, i) => (Number(id) + i) % stride === 0),
                ...ids.slice(0, stride),
                "not-a-candidate",
              ]
            : null,
        };
        expect(rerank(list, context, upTo)).toStrictEqual(reference(list, context, upTo));
      },
    ),
    { numRuns: 500 },
  );
});
