import type { Item } from "./clauseItems.js";
import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";
import { negatedBefore } from "./verbalNegation.js";

/**
 * The negation governing the wording at item `k`, starting at token `from`, within a cue's
 * reach (`reach` words): the last mention before it, past plain words only, is the cue ("I
 * never buy new shoes", "not walking fine"). "verbal" when it is a verbal negation right before it, past adverbs ("I'm
 * not really walking normal"); "none" when a mention or punctuation stands between ("my heel
 * doesn't hurt since I got new shoes"). At most `reach` + 1 items looked at.
 */
export function governingCue(
  items: readonly Item[],
  k: number,
  reach: number,
  from: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): "verbal" | "other" | "none" {
  for (let i = k - 1; i >= 0 && i >= k - 1 - reach; i--) {
    const item = items[i] as Item;
    if (item.kind === "word") continue;
    if (item.kind !== "mention" || item.m.concept.type !== "NEGATION") return "none";
    return negatedBefore(tokens, from, lexicon.frames) ? "verbal" : "other";
  }
  return "none";
}

/**
 * Whether the negation at tokens `from`..`to` is an answer word (vocabulary `answerWords`:
 * "no", "nope") ending its stretch as a comma does: "my" or "the" and a site (past a side),
 * "it" or "still" right after it ("is it improving? no my heel is still numb", "nope it still
 * hurts"). What follows is read on its own ("no my heel isn't numb" still denies). A few looks.
 */
export function answerEnds(
  from: number,
  to: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const words = lexicon.frames;
  const next = tokens[to];
  if (to !== from + 1 || next === undefined || !words.answerWords.has(tokens[from]?.folded ?? ""))
    return false;
  if (next.folded === "it" || next.folded === "still") return true;
  if (next.folded !== "my" && next.folded !== "the") return false;
  let m = lexicon.longestAt(tokens, to + 1);
  if (m?.concept.type === "SIDE") m = lexicon.longestAt(tokens, m.to);
  return m?.concept.type === "SITE";
}
