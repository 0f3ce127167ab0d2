import type { FrameWords } from "./FrameWords.js";
import type { Token } from "./types.js";

/**
 * Whether the possessive at token `at` stands alone for a body part (a vocabulary `standsFor`
 * word follows it, a verb or "too", not a site: "my friend's is numb", "my wife's does too",
 * not "my friend's ankle is numb"): the clause is then theirs, as "my friend is numb" would
 * be. One look.
 */
export function possessiveAlone(tokens: readonly Token[], at: number, words: FrameWords): boolean {
  return words.standsFor.has(tokens[at + 1]?.folded ?? "");
}
