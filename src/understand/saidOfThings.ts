import type { Item } from "./clauseItems.js";
import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/**
 * Items (words or phrases) looked back from a warning sign's word for what it is said of:
 * the `becoming` word and its subject, past adverbs ("the weather was really very hot"), and
 * for a site it is said right after. A subject further away is not looked for: the sign is
 * read (red flags win).
 */
export const SUBJECT_REACH = 4;

/**
 * The items with each warning sign's own word (not pain: Lexicon.signFeeling) said of
 * something else read as plain words, so it reports nothing (reader round 14a): right before
 * a `signThings` word ("hot bath helped", "red shoes", "heat helps") and not said right after
 * a site ("heel swollen, ..."), said of one as its subject before a `becoming` word ("the crowd was buzzing", "the weather was really hot"), or a `flushes` word said of
 * the runner as a whole in a stretch between marks naming no site ("I was buzzing after my
 * pb", "I went red", "I'm so hot"). A sign said of a site, of "it" or of nothing at all
 * ("heel sore and red", "it's hot to touch") is read as before; so is any sign whose subject
 * the lists do not name (a missing thing leaves the sign read). One look per sign word,
 * at most {@link SUBJECT_REACH} items back.
 */
export function saidOfThings(
  items: readonly Item[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Item[] {
  let out: Item[] | null = null;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    if (
      item.kind === "mention" &&
      lexicon.signFeeling(item.m.concept) &&
      ofAThing(items, k, tokens, lexicon)
    ) {
      out ??= items.slice(0, k);
      for (let at = item.m.from; at < item.m.to; at++)
        out.push({ kind: "word", t: tokens[at] as Token, at });
    } else out?.push(item);
  }
  return out ?? [...items];
}

/** Whether the sign word of mention item `k` is said of a thing or of the whole runner. */
function ofAThing(
  items: readonly Item[],
  k: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const words = lexicon.frames;
  const next = items[k + 1];
  if (next?.kind === "word" && words.signThings.has(next.t.stem) && !afterSite(items, k, lexicon))
    return true;
  // "the club whatsapp has ballooned": the sign's phrase may hold its own "to be".
  const sign = items[k] as Item;
  let copula = sign.kind === "mention" && words.becoming.has(tokens[sign.m.from]?.folded ?? "");
  for (let j = k - 1; j >= 0 && k - j <= SUBJECT_REACH; j--) {
    const before = items[j] as Item;
    if (before.kind !== "word") return false;
    const t = before.t;
    if (copula && words.signThings.has(t.stem)) return true;
    if (words.selves.has(t.folded) && (copula || words.becoming.has(t.folded)))
      return flush(items, k, tokens, lexicon);
    if (words.becoming.has(t.folded)) copula = true;
    else if (copula) return false;
  }
  return false;
}

/**
 * Whether the sign word of item `k` is said right after a site, past `becoming` words and
 * fillers ("heel swollen day after the race", "my heel is swollen help"): it is the site's.
 */
function afterSite(items: readonly Item[], k: number, lexicon: Lexicon): boolean {
  for (let j = k - 1; j >= 0 && k - j <= SUBJECT_REACH; j--) {
    const before = items[j] as Item;
    if (before.kind === "mention") return before.m.concept.type === "SITE";
    if (before.kind !== "word") return false;
    const t = before.t;
    if (!lexicon.frames.becoming.has(t.folded) && !lexicon.fillers.has(t.stem)) return false;
  }
  return false;
}

/** Whether a `flushes` word is item `k`, in a stretch between marks naming no site. */
function flush(
  items: readonly Item[],
  k: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const item = items[k] as Item;
  if (item.kind !== "mention" || item.m.to - item.m.from !== 1) return false;
  if (!lexicon.frames.flushes.has((tokens[item.m.from] as Token).folded)) return false;
  for (const step of [-1, 1]) {
    for (let j = k + step; j >= 0 && j < items.length; j += step) {
      const other = items[j] as Item;
      if (other.kind === "punctuation") break;
      if (other.kind === "mention" && other.m.concept.type === "SITE") return false;
    }
  }
  return true;
}
