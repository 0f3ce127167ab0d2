import type { Item } from "./clauseItems.js";
import type { Lexicon } from "./Lexicon.js";

/** Most marks and fillers looked past back to a correction before a side word. */
export const SIDE_LEAD_REACH = 3;

/**
 * A side word counts when a site or a side noun ("side", "leg") follows within two words,
 * or it follows "on" ("limping on my left") or a correction ("left, no wait, right").
 */
export function namesSide(items: readonly Item[], k: number, lexicon: Lexicon): boolean {
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
