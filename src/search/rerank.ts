/** A scored candidate, as MiniSearch returns it. */
export interface Scored {
  readonly id: string;
  readonly score: number;
}

/** A candidate after re-ranking, with what the graph added. */
export interface Reranked extends Scored {
  /** Score added for being linked to strong hits (0 when none). */
  readonly graphBoost: number;
}

/** What re-ranking knows about the query and the graph. */
export interface RerankContext {
  /** Ids whose name or alias is exactly the query (after term processing). */
  readonly exact: ReadonlySet<string>;
  /** Ids linked to an id by any edge, either way; null turns graph blending off. */
  readonly neighbours: ((id: string) => readonly string[]) | null;
}

/** Factor on the score of an entity whose name or alias is exactly the query. */
export const EXACT_NAME_BOOST = 2;
/** Share of a strong hit's score passed to each linked hit (divided by sqrt of its degree). */
export const GRAPH_BOOST = 0.15;
/** How many of the best hits lend score to their neighbours. */
export const STRONG_HITS = 5;
/** How many of the best candidates are re-ranked; the rest keep their order below them. */
export const RERANK_WINDOW = 50;

const byScoreThenId = (a: Scored, b: Scored) =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Re-ranks text hits with two signals the text alone misses. An exact name or alias
 * match is multiplied by {@link EXACT_NAME_BOOST} ("torn achilles" is the rupture's alias,
 * so it outranks the tendon itself). Then each of the {@link STRONG_HITS} best hits lends
 * `GRAPH_BOOST × score / sqrt(its degree)` to every other candidate it is linked to, so
 * an entity closely connected to strong hits ranks up; only candidates that matched the
 * text can gain, so the graph never brings in unrelated entities. Cost is bounded by
 * {@link RERANK_WINDOW}. Output is sorted by score descending, ties by id: every candidate,
 * or, when `upTo` (the end of the page wanted, default all) lies inside the window, the
 * window alone, without sorting the rest.
 */
export function rerank(
  candidates: readonly Scored[],
  context: RerankContext,
  upTo = Number.POSITIVE_INFINITY,
): Reranked[] {
  // A page inside the window needs only the window: its members, not their order.
  const windowOnly = upTo <= RERANK_WINDOW && candidates.length > RERANK_WINDOW;
  // Candidates that all fit in the window need no order before the window's own sort.
  const fits = candidates.length <= RERANK_WINDOW;
  const sorted = windowOnly
    ? best(candidates, RERANK_WINDOW)
    : fits
      ? candidates
      : [...candidates].sort(byScoreThenId);
  const window = sorted.slice(0, RERANK_WINDOW).map((c) => ({
    id: c.id,
    score: context.exact.has(c.id) ? c.score * EXACT_NAME_BOOST : c.score,
    graphBoost: 0,
  }));
  if (context.neighbours !== null) {
    // The final sort below orders the window whole (scores, then ids: a total order), so
    // only the strong hits need their order now: they lend in that order (float sums).
    const strongHits = first(window, STRONG_HITS);
    const position = new Map<string, number>();
    for (let i = 0; i < window.length; i++) position.set((window[i] as Reranked).id, i);
    const bonus = new Array<number>(window.length).fill(0);
    // Which strong hit last lent to each place: a neighbour listed twice lends once.
    const lentBy = new Array<number>(window.length).fill(-1);
    for (let s = 0; s < strongHits.length; s++) {
      const strong = strongHits[s] as Reranked;
      const linked = context.neighbours(strong.id);
      const share = (GRAPH_BOOST * strong.score) / Math.sqrt(Math.max(1, linked.length));
      for (const id of linked) {
        const i = position.get(id);
        if (i === undefined || id === strong.id || lentBy[i] === s) continue;
        lentBy[i] = s;
        bonus[i] = (bonus[i] as number) + share;
      }
    }
    for (let i = 0; i < window.length; i++) {
      const c = window[i] as { score: number; graphBoost: number };
      c.graphBoost = bonus[i] as number;
      c.score += c.graphBoost;
    }
  }
  window.sort(byScoreThenId);
  if (windowOnly) return window;
  return [
    ...window,
    ...sorted.slice(RERANK_WINDOW).map((c) => ({ id: c.id, score: c.score, graphBoost: 0 })),
  ];
}

/** The `k` first of `items` in {@link byScoreThenId} order, in that order (`k` small: insertion). */
function first<T extends Scored>(items: readonly T[], k: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length === k && byScoreThenId(item, out[k - 1] as T) >= 0) continue;
    let i = Math.min(out.length, k - 1);
    if (out.length < k) out.push(item);
    for (; i > 0 && byScoreThenId(item, out[i - 1] as T) < 0; i--) out[i] = out[i - 1] as T;
    out[i] = item;
  }
  return out;
}

/**
 * The `k` first of `items` in {@link byScoreThenId} order, in no particular order:
 * quickselect, linear on average; after 2·log2(n) rounds without converging it sorts
 * instead, so it never costs more than a sort.
 */
function best(items: readonly Scored[], k: number): Scored[] {
  const a = [...items];
  const at = (i: number) => a[i] as Scored;
  const limit = 2 * Math.ceil(Math.log2(a.length + 1));
  let lo = 0;
  let hi = a.length - 1;
  for (let rounds = 0; lo < hi; rounds++) {
    if (rounds > limit) return a.sort(byScoreThenId).slice(0, k);
    const pivot = at((lo + hi) >>> 1);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (byScoreThenId(at(i), pivot) < 0) i++;
      while (byScoreThenId(at(j), pivot) > 0) j--;
      if (i <= j) {
        const swap = at(i);
        a[i++] = at(j);
        a[j--] = swap;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
  return a.slice(0, k);
}

/**
 * `neighbours` asked once per id, its answer remembered: at most one list per entity of
 * the graph, which does not change under a search index.
 */
export function rememberLinks(
  neighbours: (id: string) => readonly string[],
): (id: string) => readonly string[] {
  const known = new Map<string, readonly string[]>();
  return (id) => {
    let ids = known.get(id);
    if (ids === undefined) {
      ids = neighbours(id);
      known.set(id, ids);
    }
    return ids;
  };
}
