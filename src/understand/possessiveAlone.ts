import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/**
 * Whether the possessive at token `at` stands for a body part of theirs that is no site the
 * reader knows: a vocabulary `standsFor` word follows it, a verb or "too" ("my friend's is
 * numb", "my wife's does too"), or a `bodyWords` word, past a side word ("my friend's leg is
 * swollen", "my horse's left hoof"), not a site ("my friend's ankle is numb": that site says
 * whose it is); or a feeling, the possessive then a contraction of "is" ("my son's limping",
 * "my wife's numb": reader round 14a). The clause is then theirs, as "my friend is numb"
 * would be. At most two looks and one phrase lookup.
 */
export function possessiveAlone(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const words = lexicon.frames;
  const next = tokens[at + 1];
  if (next === undefined) return false;
  if (words.standsFor.has(next.folded)) return true;
  const part = lexicon.sideWords.has(next.stem) ? tokens[at + 2] : next;
  if (part !== undefined && words.bodyWords.has(part.folded)) return true;
  return lexicon.longestAt(tokens, at + 1)?.concept.type === "FEELING";
}
