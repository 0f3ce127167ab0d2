import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/** Who owns a site someone else's: an animal ("dog's"), a person ("buddy's"), or a pronoun ("her"). */
export type Owner = "ANIMAL" | "PERSON" | "PRONOUN";

/**
 * Whose a site the clause names is, when it is someone else's: an owner word ("her") or
 * someone written as a possessive ("buddy's", "dog's") inside its phrase or just before it,
 * with no word of the runner's between ("I told her my heel is numb" is the runner's heel).
 */
export function ownerOf(
  sites: readonly ClauseMention[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Owner | null {
  const words = lexicon.frames;
  const owner = (t: Token): Owner | null =>
    words.animalOwner(t)
      ? "ANIMAL"
      : words.otherOwner(t)
        ? "PERSON"
        : words.owners.has(t.stem)
          ? "PRONOUN"
          : null;
  for (const m of sites) {
    for (let i = m.from; i < m.to; i++) {
      const o = owner(tokens[i] as Token);
      if (o !== null) return o;
    }
    // Back across the clause's start too: "... and his heel" starts a clause at "heel".
    for (let i = m.from - 1; i >= Math.max(0, m.from - 2); i--) {
      const t = tokens[i] as Token;
      if (t.punctuation || words.firstPerson.has(t.stem)) break;
      const o = owner(t);
      if (o !== null) return o;
    }
  }
  return null;
}

/**
 * The clause's sites with the site words said inside its other phrases ("my horse kicked
 * my heel", "his ankle gave way"), each as a mention of its own word, for knowing whose
 * body they are. The same list when no phrase holds a site word.
 */
export function withPhraseSites(
  clause: Clause,
  sites: readonly ClauseMention[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): readonly ClauseMention[] {
  let placed: ClauseMention[] | null = null;
  for (const m of clause.mentions) {
    if (m.concept.type === "SITE") continue;
    for (let i = m.from; i < m.to; i++) {
      const word = lexicon.conceptOf((tokens[i] as Token).stem);
      if (word?.type !== "SITE") continue;
      placed ??= [...sites];
      placed.push({ concept: word, from: i, to: i + 1, typo: m.typo, negated: m.negated });
      break;
    }
  }
  return placed ?? sites;
}
