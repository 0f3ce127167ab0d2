import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/**
 * Words that, right before an `others` word, make it a person spoken of ("a mate", "the
 * dog", "your pal"), not one spoken to. The runner's and another's owner words ("my",
 * "his") count too, from the vocabulary. Language, not medicine.
 */
const DETERMINERS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "your",
  "our",
  "some",
]);

/**
 * Prepositions that, right before an `others` word, make it the person spoken of ("swollen
 * heel for son", "on dad"), not one spoken to. Language.
 */
const SPOKEN_OF: ReadonlySet<string> = new Set(["for", "on", "of", "to", "with", "from", "about"]);

/**
 * Whether the `others` word at token `at` is only a form of address ("heel is numb mate",
 * "heel is swollen pal, any ideas"): it ends its stretch (a mark or the end of the text
 * follows), is not a possessive, and no determiner, owner word or preposition stands
 * right before it, and it is no animal's word.
 * Such a word names no one whose complaint it is. Two token looks.
 */
export function addressed(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const t = tokens[at] as Token;
  // An animal (or its body: "..., swollen fetlock") is spoken of, never to.
  if (t.possessive || at === 0 || lexicon.animals.has(t.stem)) return false;
  const next = tokens[at + 1];
  if (next !== undefined && !next.punctuation) return false;
  const before = tokens[at - 1] as Token;
  if (before.punctuation) return false;
  const words = lexicon.frames;
  return !(
    DETERMINERS.has(before.stem) ||
    SPOKEN_OF.has(before.folded) ||
    words.firstPerson.has(before.stem) ||
    words.owners.has(before.stem)
  );
}
