import type { Item } from "./clauseItems.js";
import type { Lexicon } from "./Lexicon.js";
import type { ClauseMention } from "./readClauses.js";

// Sites listed before what is felt ("heel, ankle and achilles all numb"), for readClauses.

const isSite = (m: ClauseMention) => m.concept.type === "SITE";

/** Whether a clause so far names only sites (a list of them, what is felt still to come). */
export const listsSites = (mentions: readonly ClauseMention[]) =>
  mentions.length > 0 && mentions.every(isSite);

/**
 * Whether the comma at item `k` only separates sites in a list: the clause so far names
 * only sites, a site stands right before the comma and one right after it ("my" allowed).
 */
export function bareSiteList(
  items: readonly Item[],
  k: number,
  mentions: readonly ClauseMention[],
  lexicon: Lexicon,
): boolean {
  const before = items[k - 1];
  if (!listsSites(mentions) || before?.kind !== "mention" || before.m.concept.type !== "SITE")
    return false;
  const next = items[k + 1];
  const after =
    next?.kind === "word" && lexicon.frames.firstPerson.has(next.t.stem) ? items[k + 2] : next;
  return after?.kind === "mention" && after.m.concept.type === "SITE";
}

/**
 * Whether the next item past fillers after item `k` is a site ("and my ankle"), also when
 * another person's name stands before it ("my heel and my wife's ankle are numb": what is
 * felt comes after both, so both sites share it).
 */
export function siteNext(items: readonly Item[], k: number, lexicon: Lexicon): boolean {
  for (const next of items.slice(k + 1, k + 5)) {
    if (next.kind === "mention") return next.m.concept.type === "SITE";
    if (next.kind !== "word") return false;
    const owner = lexicon.frames.otherOwner(next.t);
    if (!owner && !lexicon.fillers.has(next.t.stem)) return false;
  }
  return false;
}
