import type { Token } from "./types.js";

/**
 * Words that, right after another person's possessive, show it stands for their body part
 * on its own ("my ankle hurts and my friend's is numb", "my wife's does too"): the clause is
 * then theirs, as "my friend is numb" would be.
 */
const STANDS_FOR: ReadonlySet<string> = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "had",
  "does",
  "did",
  "too",
  "also",
  "feels",
  "hurts",
  "aches",
]);

/**
 * Whether the possessive at token `at` stands alone for a body part (a verb or "too" follows
 * it, not a site: "my friend's is numb", not "my friend's ankle is numb"). One look.
 */
export function possessiveAlone(tokens: readonly Token[], at: number): boolean {
  return STANDS_FOR.has(tokens[at + 1]?.folded ?? "");
}
