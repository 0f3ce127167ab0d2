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
 * "no", "nope") ending its stretch as a comma does: "my", "the" or a pointer and a site or
 * what is felt (past a side), "it", "its" or "still" right after it ("is it improving? no my
 * heel is still numb", "nope it still hurts", "no the swelling is still there", "nope the
 * tingling in my heel hasn't gone": a denial says "no swelling", never "no the swelling").
 * What follows is read on its own ("no my heel isn't numb" still denies). A few looks.
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
  if (saysOver(to, tokens, lexicon)) return false;
  if (next.folded === "it" || next.folded === "its" || next.folded === "still") return true;
  if (next.folded !== "my" && next.folded !== "the" && !words.pointers.has(next.stem)) return false;
  let m = lexicon.longestAt(tokens, to + 1);
  if (m?.concept.type === "SIDE") m = lexicon.longestAt(tokens, m.to);
  return m?.concept.type === "SITE" || m?.concept.type === "FEELING";
}

/** How many words after an answer "no" are looked at for its stretch saying a sign is over. */
const OVER_REACH = 12;

/** Words, as written, saying a sign came to an end ("has stopped", "has eased"). */
const ENDED: ReadonlySet<string> = new Set(["stopped", "eased", "ceased"]);

/**
 * Whether the stretch from token `from` says a sign is over, with no verbal negation in it:
 * "no the numbness in my heel has stopped" answers that it is gone, so the "no" still denies
 * (not "no the numbness hasn't stopped"). The stretch is the first sign's own: it ends at a
 * mark, a list or break word ("and", "but") or a second sign named, at most OVER_REACH words
 * ("no my heel is numb and the swelling has stopped" says the numbness, and nothing is over
 * for it). One look per word, and a `resolved` phrase and a lexicon look-up per word.
 */
function saysOver(from: number, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const words = lexicon.frames;
  let over = false;
  let signs = 0;
  for (let k = from; k < tokens.length && k < from + OVER_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.punctuation) break;
    const type = lexicon.longestAt(tokens, k)?.concept.type;
    if (type === "LIST" || type === "BREAK") break;
    if (type === "FEELING" || type === "MENTION") {
      signs++;
      if (signs > 1) break;
    }
    if (words.verbalNegations.has(t.folded)) return false;
    if (ENDED.has(t.folded) || words.resolved.endAt(tokens, k, tokens.length) > 0) over = true;
  }
  return over;
}

/**
 * Whether the negation at tokens `from`..`to` is a bare answer: one word right after a
 * question's "?" or a checklist label's ":" and before a mark or the end ("numbness? nope,
 * swelling? a bit", "swelling: none, numbness: yes"). It answers what was asked (see
 * answeredNo) and denies nothing after it. Three looks.
 */
export function answersAsked(from: number, to: number, tokens: readonly Token[]): boolean {
  const before = tokens[from - 1]?.folded;
  const after = tokens[to];
  return (
    to === from + 1 &&
    (before === "?" || before === ":") &&
    (after === undefined || after.punctuation)
  );
}
