import type { Lexicon } from "./Lexicon.js";
import { resolvedAt } from "./resolvedAt.js";
import { SENTENCE_ENDS } from "./sentenceEnds.js";
import type { Token } from "./types.js";

/** Sentences looked back into for the end a negation leaves out ("The swelling went down. The numbness hasn't."). */
const SENTENCES_BACK = 1;

/**
 * Whether the negation ending a clause, in tokens `from` to `until`, is a verbal one that
 * leaves out a sign's end said before it, in its sentence or the one before: "the swelling
 * has gone but the pins and needles haven't" (have not gone: still there), "the redness went
 * away, the numbness didn't", "The swelling went down. The numbness hasn't."
 * Such a negation answers nothing, so the sign it follows stands; an answer word or
 * a verbal negation with no end said before it ("numb heel: no", "my heel numbness hasn't")
 * is read as before. One phrase lookup per token back to the start of the sentence before.
 */
export function elidedOver(
  tokens: readonly Token[],
  from: number,
  until: number,
  lexicon: Lexicon,
): boolean {
  let verbal = false;
  for (let at = from; at < until; at++)
    if (lexicon.frames.verbalNegations.has((tokens[at] as Token).folded)) verbal = true;
  if (!verbal) return false;
  let ends = 0;
  for (let k = from - 1; k >= 0; k--) {
    if (SENTENCE_ENDS.has((tokens[k] as Token).folded) && ++ends > SENTENCES_BACK) return false;
    if (resolvedAt(tokens, k, from, lexicon)) return true;
  }
  return false;
}
