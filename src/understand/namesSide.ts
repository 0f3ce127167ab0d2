import type { Item } from "./clauseItems.js";
import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/** Most marks and fillers looked past back to a correction before a side word. */
export const SIDE_LEAD_REACH = 3;

/**
 * A side word counts when a site or a side noun ("side", "leg") follows within two words,
 * or it follows "on" ("limping on my left") or a correction ("left, no wait, right"), or
 * it stands alone after a covered site and a comma (an answer to an app: "heel, right"), or
 * it answers a question about the side ("Which side? -> right"), or it is a side word
 * other languages say after their site, right after a covered one ("talón derecho").
 */
export function namesSide(
  items: readonly Item[],
  k: number,
  lexicon: Lexicon,
  tokens: readonly Token[],
): boolean {
  if (afterSite(items, k, lexicon) || answersSide(items, k, lexicon)) return true;
  if (trailsSite(items, k, lexicon, tokens)) return true;
  let back = k - 1;
  // Past marks and fillers, at most SIDE_LEAD_REACH: "left, I mean my right".
  for (
    let item = items[back];
    item !== undefined && back >= k - SIDE_LEAD_REACH;
    item = items[--back]
  )
    if (item.kind !== "punctuation" && (item.kind !== "word" || !lexicon.fillers.has(item.t.stem)))
      break;
  const before = items[back];
  if (before?.kind === "mention" && before.m.concept.type === "CORRECTION") return true;
  for (const before of items.slice(Math.max(0, k - 2), k).reverse()) {
    if (before.kind !== "word") break;
    if (before.t.stem === "on") return true;
    if (!lexicon.fillers.has(before.t.stem)) break;
  }
  for (const next of items.slice(k + 1, k + 3)) {
    const concept = next.kind === "mention" ? next.m.concept : null;
    if (concept?.type === "SITE") return !lexicon.uncovered.has(concept.id);
    if (next.kind === "mention" && next.m.concept.type === "SIDE") continue;
    if (next.kind === "word" && lexicon.sideNouns.has(next.t.stem)) return true;
    if (next.kind !== "word" || !lexicon.fillers.has(next.t.stem)) return false;
  }
  return false;
}

/**
 * Whether the side word at `k` follows a covered site and a comma and ends its clause ("->
 * heel, right", "knee, both."): a side given as a list's item. Not before a question mark
 * ("my heel, right?" asks for agreement).
 */
function afterSite(items: readonly Item[], k: number, lexicon: Lexicon): boolean {
  const comma = items[k - 1];
  const site = items[k - 2];
  if (comma?.kind !== "punctuation" || comma.t.folded !== ",") return false;
  if (site?.kind !== "mention" || site.m.concept.type !== "SITE") return false;
  if (lexicon.uncovered.has(site.m.concept.id)) return false;
  const after = items[k + 1];
  return after === undefined || (after.kind === "punctuation" && after.t.folded !== "?");
}

/**
 * Whether the side word at `k` answers a question about the side: a side noun, then a
 * question mark or a colon, and only marks up to it ("Side? -> left", "which side: right").
 * At most the marks between.
 */
function answersSide(items: readonly Item[], k: number, lexicon: Lexicon): boolean {
  let back = k - 1;
  let asked = false;
  for (let item = items[back]; item?.kind === "punctuation"; item = items[--back])
    if (item.t.folded === "?" || item.t.folded === ":") asked = true;
  const noun = items[back];
  return asked && noun?.kind === "word" && lexicon.sideNouns.has(noun.t.stem);
}

/**
 * Whether the side word at `k` is one said after its site (vocabulary `trailingSides`: "mi
 * talón derecho", "cheville gauche") and follows a covered site at once.
 */
function trailsSite(
  items: readonly Item[],
  k: number,
  lexicon: Lexicon,
  tokens: readonly Token[],
): boolean {
  const side = items[k];
  const site = items[k - 1];
  if (side?.kind !== "mention" || site?.kind !== "mention") return false;
  if (site.m.concept.type !== "SITE" || lexicon.uncovered.has(site.m.concept.id)) return false;
  return lexicon.frames.trailingSides.has(tokens[side.m.from]?.stem ?? "");
}
