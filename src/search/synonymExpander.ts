import type { Steps } from "../graph/index.js";
import { terms } from "./normalizeText.js";

/** A synonym group once processed: each phrase's terms, and its key (terms joined by spaces). */
interface Group {
  readonly phrases: readonly (readonly string[])[];
  readonly keys: readonly string[];
}

/**
 * Expands a query with curated synonyms (graph-data/synonyms.yaml). Groups are matched on
 * processed terms, so "Heel bones" finds the group [heel bone, calcaneus]. Phrases of up
 * to four words are recognised. Building is linear in the total size of the groups: each
 * phrase points at its groups, not at a copy of their other phrases (a group of n phrases
 * costs n, not n²).
 */
export class SynonymExpander {
  /** Processed groups, in the order given. */
  private readonly groups: Group[] = [];
  /** Phrase key → indices (ascending, each once) of the groups that hold it. */
  private readonly byKey = new Map<string, number[]>();
  private maxWords = 1;

  /** @param groups each group's words or phrases are interchangeable. */
  constructor(groups: readonly (readonly string[])[] = []) {
    for (const group of groups) this.add(group);
  }

  /** Builds an expander over `groups`, one group per step (see Steps). */
  static *build(groups: readonly (readonly string[])[]): Steps<SynonymExpander> {
    const expander = new SynonymExpander();
    for (const group of groups) {
      expander.add(group);
      yield;
    }
    return expander;
  }

  /** Adds a group of interchangeable words or phrases. */
  private add(group: readonly string[]): void {
    const phrases = group.map((phrase) => terms(phrase)).filter((t) => t.length > 0);
    const keys = phrases.map((p) => p.join(" "));
    const index = this.groups.length;
    this.groups.push({ phrases, keys });
    phrases.forEach((phrase, i) => {
      const key = keys[i] as string;
      const list = this.byKey.get(key);
      if (list === undefined) this.byKey.set(key, [index]);
      else if (list.at(-1) !== index) list.push(index);
      this.maxWords = Math.min(Math.max(this.maxWords, phrase.length), 4);
    });
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
        const key = phrase.join(" ");
        for (const index of this.byKey.get(key) ?? []) {
          const group = this.groups[index] as Group;
          group.phrases.forEach((alt, j) => {
            if (group.keys[j] === key) return;
            for (const t of alt) {
              if (queryTerms.includes(t)) continue;
              extra.set(t, [...new Set([...(extra.get(t) ?? []), ...phrase])]);
            }
          });
        }
      }
    }
    return extra;
  }
}
