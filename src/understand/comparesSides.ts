import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/**
 * Most tokens from a `sharedComparatives` word to its `comparisons` word ("worse than",
 * "more swollen than", "way more than") and from that to the other side ("than my right",
 * "than the left one"): comparisons are said close together.
 */
export const COMPARE_REACH = 3;

/**
 * Whether tokens `from` to `to` (a clause) grade a sign both sides have: a side said, then a
 * `sharedComparatives` word ("worse", "more", "sorer") at most {@link COMPARE_REACH} tokens
 * before a `comparisons` word ("than"), and the other side at most that many after it ("my
 * left heel is worse than my right", "right ankle more swollen than the left"): the clause
 * then reads BOTH. "warmer than", "less stable than" grade what one side has (not in the
 * list): the side said first stands. One pass over the clause's tokens.
 */
export function comparesSides(
  tokens: readonly Token[],
  from: number,
  to: number,
  lexicon: Lexicon,
): boolean {
  const words = lexicon.frames;
  let first: string | undefined;
  let graded = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const side = lexicon.sideWords.get(t.stem);
    if (first === undefined) {
      if (side !== undefined && side !== "BOTH") first = side;
      continue;
    }
    if (words.sharedComparatives.has(t.folded)) graded = i;
    else if (graded >= 0 && i - graded <= COMPARE_REACH && words.comparisons.has(t.folded)) {
      for (let j = i + 1; j < Math.min(to, i + 1 + COMPARE_REACH); j++) {
        const other = lexicon.sideWords.get((tokens[j] as Token).stem);
        if (other !== undefined && other !== "BOTH" && other !== first) return true;
      }
      return false;
    }
  }
  return false;
}
