import type { FrameWords } from "./FrameWords.js";
import type { Lexicon } from "./Lexicon.js";
import { invertedEnd } from "./questionStart.js";
import type { Token } from "./types.js";

// A sign's end or return said after a verbal negation ("has not fully gone down", "never
// came back") says the opposite: the sign is still there, or stayed away. The words are the
// vocabulary's `verbalNegations` and `negationAdverbs`.

/** Most adverbs looked past between a negation and what it negates ("and" joining two counts). */
export const ADVERB_REACH = 3;

/** Whether token `i` is an adverb, or "and" between two ("not really and truly gone down"). */
function adverbAt(tokens: readonly Token[], i: number, words: FrameWords): boolean {
  const adverbs = words.negationAdverbs;
  const folded = tokens[i]?.folded ?? "";
  if (adverbs.has(folded)) return true;
  return (
    folded === "and" &&
    adverbs.has(tokens[i - 1]?.folded ?? "") &&
    adverbs.has(tokens[i + 1]?.folded ?? "")
  );
}

/**
 * Whether a verbal negation stands right before token `at`, past at most ADVERB_REACH adverbs
 * ("the swelling has not fully gone down", "it hasn't really gone down", "never came back"),
 * never an answer word ("my heel numbness, nope all gone"). At most ADVERB_REACH + 1 looks.
 */
export function negatedBefore(tokens: readonly Token[], at: number, words: FrameWords): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 1 - ADVERB_REACH; i--) {
    const t = tokens[i] as Token;
    if (words.verbalNegations.has(t.folded)) return true;
    if (!adverbAt(tokens, i, words)) return false;
  }
  return false;
}

/**
 * The first token after the verbal negation ending before token `at` that is no adverb
 * (ADVERB_REACH at most looked past): where what it negates starts.
 */
function pastAdverbs(tokens: readonly Token[], at: number, words: FrameWords): number {
  let i = at;
  while (i < tokens.length && i < at + ADVERB_REACH && adverbAt(tokens, i, words)) i++;
  return i;
}

/** Whether token `at` is a verbal negation ("not", "never", a n't word). */
function isVerbalNegation(tokens: readonly Token[], at: number, words: FrameWords): boolean {
  const t = tokens[at];
  return t !== undefined && words.verbalNegations.has(t.folded);
}

/**
 * Whether the negation at tokens `from`..`to` is one verbal word negating a sign's end said
 * right after it, past a few adverbs ("not fully gone away", "hasn't stopped hurting"), or
 * after its subject in a question ("why won't my heel stop hurting": see invertedEnd).
 */
export function endNegated(from: number, to: number, tokens: readonly Token[], lexicon: Lexicon) {
  return (
    to === from + 1 &&
    isVerbalNegation(tokens, from, lexicon.frames) &&
    (lexicon.frames.resolved.endAt(tokens, pastAdverbs(tokens, to, lexicon.frames), tokens.length) >
      0 ||
      invertedEnd(tokens, from, lexicon) >= 0)
  );
}
