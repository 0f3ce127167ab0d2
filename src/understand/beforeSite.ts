import type { Item } from "./clauseItems.js";
import type { Lexicon, Mention } from "./Lexicon.js";

/**
 * Whether item `k` is a before word (vocabulary `beforeWords`) after a site of its clause
 * (`mentions`) and right before another site, only fillers between ("my hip was tight for
 * weeks before my ankle started aching"): the pains are two, in order, so the clause ends
 * after it and what is felt before it is not read at the later site (SiteOrder still reads
 * the order from the tokens). "before my run" names no site and ends nothing, nor does a
 * later site with nothing felt after it ("weeks before my ankle did": the feeling is
 * shared). At most the items up to the next punctuation mark.
 */
export function beforeSite(
  items: readonly Item[],
  k: number,
  mentions: readonly Mention[],
  lexicon: Lexicon,
): boolean {
  const item = items[k];
  if (item?.kind !== "word" || !lexicon.frames.beforeWords.has(item.t.folded)) return false;
  if (!mentions.some((m) => m.concept.type === "SITE")) return false;
  let j = k + 1;
  while (j < items.length) {
    const next = items[j] as Item;
    if (next.kind !== "word" || !lexicon.fillers.has(next.t.stem)) break;
    j++;
  }
  const site = items[j];
  if (site?.kind !== "mention" || site.m.concept.type !== "SITE") return false;
  // "... weeks before my ankle did": nothing felt after it, the feeling is shared.
  for (let i = j + 1; i < items.length; i++) {
    const next = items[i] as Item;
    if (next.kind === "punctuation") return false;
    if (next.kind === "mention" && next.m.concept.type === "FEELING") return true;
  }
  return false;
}
