import type { TermHits } from "./TermCache.js";

/** An entity hit by one or more terms of a query, before re-ranking. */
export interface Candidate {
  readonly id: string;
  /** Summed score of the terms that hit it, times how many did (MiniSearch's OR). */
  score: number;
  /** The query terms that hit it, in query order. */
  readonly queryTerms: string[];
  /**
   * The document terms it matched (exactly, by typo or by prefix), a list per query term
   * that hit it, shared with the cache: read them, never change them. Only the hits
   * returned need them as a set (for their snippet).
   */
  readonly matched: (readonly string[])[];
}

/**
 * Candidates of a whole query from each of its terms' hits, `terms` and `hits` in query
 * order, combined as MiniSearch's OR does: an entity's score is the sum of its terms'
 * scores, added in query order, times the number of terms that hit it. Floating point
 * follows the same order, so the scores are those of searching the whole query at once,
 * to the last bit. `keep` leaves out entities (a kind filter) before anything is built.
 */
export function combineTermHits(
  terms: readonly string[],
  hits: readonly TermHits[],
  keep: ((id: string) => boolean) | null,
): Map<string, Candidate> {
  const combined = new Map<string, Candidate>();
  hits.forEach((h, t) => {
    const term = terms[t] as string;
    for (let i = 0; i < h.ids.length; i++) {
      const id = h.ids[i] as string;
      const score = h.scores[i] as number;
      const matched = h.matched[i] as readonly string[];
      const known = combined.get(id);
      if (known !== undefined) {
        known.score += score;
        known.queryTerms.push(term);
        known.matched.push(matched);
      } else if (keep === null || keep(id)) {
        combined.set(id, { id, score, queryTerms: [term], matched: [matched] });
      }
    }
  });
  for (const c of combined.values()) c.score *= c.queryTerms.length;
  return combined;
}

/** The document terms a candidate matched, as one set (for its snippet). */
export function matchedSet(candidate: Candidate): Set<string> {
  const matched = new Set<string>();
  for (const list of candidate.matched) for (const m of list) matched.add(m);
  return matched;
}
