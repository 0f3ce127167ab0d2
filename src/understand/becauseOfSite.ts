import type { Item } from "./clauseItems.js";
import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/**
 * Whether the scope break at item `k` names what the clause's sign is owed to and then only a
 * site, up to the clause's end (a mark or the text's end): "I'm limping because of my heel",
 * "walking funny due to the left heel". The break then does not end the clause, so the sign
 * is felt at that site, not at the one said before ("my ankle ached, and now I'm limping
 * because of my heel"). A cause named after it ("because of the hills") still breaks. A few
 * looks (vocabulary `siteCauses`, fillers and sides between).
 */
export function becauseOfSite(
  items: readonly Item[],
  k: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const item = items[k];
  if (item?.kind !== "mention") return false;
  const end = lexicon.frames.siteCauses.endAt(tokens, item.m.from, tokens.length);
  if (end < 0) return false;
  let site = false;
  for (let j = k + 1; j < items.length; j++) {
    const next = items[j] as Item;
    if (next.kind === "punctuation") return site;
    if (next.kind === "quantity") return false;
    if (next.kind === "word") {
      const t = next.t;
      if (next.at < end || lexicon.fillers.has(t.stem) || lexicon.frames.firstPerson.has(t.stem))
        continue;
      return false;
    }
    const type = next.m.concept.type;
    if (next.m.to <= end) continue;
    if (type === "SITE") site = true;
    else if (type !== "SIDE") return false;
  }
  return site;
}
