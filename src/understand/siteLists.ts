import { type Item, pastLinkingWords } from "./clauseItems.js";
import { feelingsListed } from "./feelingsListed.js";
import type { Lexicon } from "./Lexicon.js";
import type { ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

// Lists in a clause, for readClauses: sites listed before what is felt ("heel, ankle and
// achilles all numb"), and whether an "and" starts a new clause (andSplits).

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

/**
 * Whether the "and" at item `k` (a LIST mention) starts a new clause at the next site ("my
 * heel hurts and my ankle is swollen"): not when a feeling, a time or a factor comes next, or
 * a feeling past fillers and "then" ("..., and then a sharp pain in my heel"), nor when it
 * joins sites listed before what is felt ("heel and ankle both sore"). A few looks.
 */
export function andSplits(
  items: readonly Item[],
  k: number,
  mentions: readonly ClauseMention[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const item = items[k];
  if (item?.kind !== "mention" || tokens[item.m.from]?.stem !== "and") return false;
  const right = items[k + 1];
  const type = right?.kind === "mention" ? right.m.concept.type : null;
  if (type === "FEELING" || type === "TIMING" || type === "FACTOR") return false;
  // Past fillers and "then" only a feeling goes on, or a time said before one ("..., and then
  // out of nowhere a sharp pain"; "..., and this week my heel is swollen" starts anew).
  let at = pastLinkingWords(items, k, lexicon);
  let next = items[at];
  if (next?.kind === "mention" && next.m.concept.type === "TIMING") {
    at = pastLinkingWords(items, at, lexicon);
    next = items[at];
  }
  if (next?.kind === "mention" && next.m.concept.type === "FEELING") return false;
  return !(listsSites(mentions) && siteNext(items, k, lexicon));
}

/**
 * Whether the comma at item `k` only lists, so it ends no clause: sites before what is felt
 * ({@link bareSiteList}) or feelings before their site ({@link feelingsListed}).
 */
export function commaLists(
  items: readonly Item[],
  k: number,
  mentions: readonly ClauseMention[],
  lexicon: Lexicon,
): boolean {
  return bareSiteList(items, k, mentions, lexicon) || feelingsListed(items, k, mentions);
}
