import { terms } from "./normalizeText.js";

/**
 * Expands a query with curated synonyms (graph-data/synonyms.yaml). Groups are matched on
 * processed terms, so "Heel bones" finds the group [heel bone, calcaneus]. Phrases of up
 * to four words are recognised.
 */
export class SynonymExpander {
  private readonly groups = new Map<string, string[][]>();
  private readonly maxWords: number;

  /** @param groups each group's words or phrases are interchangeable. */
  constructor(groups: readonly (readonly string[])[]) {
    let maxWords = 1;
    for (const group of groups) {
      const processed = group.map((phrase) => terms(phrase)).filter((t) => t.length > 0);
      for (const phrase of processed) {
        const key = phrase.join(" ");
        const list = this.groups.get(key) ?? [];
        list.push(...processed.filter((p) => p.join(" ") !== key));
        this.groups.set(key, list);
        maxWords = Math.max(maxWords, phrase.length);
      }
    }
    this.maxWords = Math.min(maxWords, 4);
  }

  /**
   * The processed terms of the synonyms of phrases found in `queryTerms` (terms already
   * in the query left out), each with the query terms of the phrase it stands for.
   * Deterministic order.
   */
  expand(queryTerms: readonly string[]): Map<string, string[]> {
    const extra = new Map<string, string[]>();
    for (let n = 1; n <= this.maxWords; n++) {
      for (let i = 0; i + n <= queryTerms.length; i++) {
        const phrase = queryTerms.slice(i, i + n);
        for (const alt of this.groups.get(phrase.join(" ")) ?? []) {
          for (const t of alt) {
            if (queryTerms.includes(t)) continue;
            extra.set(t, [...new Set([...(extra.get(t) ?? []), ...phrase])]);
          }
        }
      }
    }
    return extra;
  }
}
