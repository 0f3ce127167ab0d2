import type { Lexicon } from "./Lexicon.js";
import { type Owner, ownerOf } from "./ownerOf.js";
import type { ClauseMention } from "./readClauses.js";
import { runnersOwn } from "./runnersOwn.js";
import type { Token } from "./types.js";

/** Another person's sites in a clause that also names the runner's own, and whose they are. */
export interface TheirSites {
  readonly sites: ReadonlySet<ClauseMention>;
  readonly owner: Owner;
  /** Their site is the one named last ("my ankle and my wife's heel"). */
  readonly last: boolean;
  /**
   * Where the second body's words start when something is said of the first before it (run
   * on: "my wife's ankle is swollen my heel hurts"): each body has only what is said in its
   * own stretch. -1 when the sites are listed before what is felt, which both share.
   */
  readonly at: number;
}

/**
 * The sites of a clause that are someone else's when the clause lists the runner's own
 * site beside them before what is felt ("my heel and my wife's ankle are numb": the heel is
 * the runner's, the ankle the wife's), else null: such a clause is read as two, one per
 * body. One look back per site (ownerOf, runnersOwn: a few tokens each).
 */
export function mixedOwners(
  sites: readonly ClauseMention[],
  said: readonly ClauseMention[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): TheirSites | null {
  if (sites.length < 2) return null;
  let mine = false;
  let owner: Owner | null = null;
  const theirs = new Set<ClauseMention>();
  for (const m of sites) {
    const o = ownerOf([m], tokens, lexicon);
    if (o !== null) {
      owner ??= o;
      theirs.add(m);
    } else if (runnersOwn(m, tokens, lexicon)) mine = true;
  }
  const last = sites[sites.length - 1];
  return mine && owner !== null && last !== undefined
    ? {
        sites: theirs,
        owner,
        last: theirs.has(last),
        at: runOn(sites, theirs, said, tokens, lexicon),
      }
    : null;
}

/** How many owner words, sides and fillers may stand before a site ("my wife's left heel"). */
const LEAD_REACH = 3;

/**
 * Where the first site of the second body starts (its owner word, side and fillers before
 * it), when something is said between it and the first body's sites; else -1.
 */
function runOn(
  sites: readonly ClauseMention[],
  theirs: ReadonlySet<ClauseMention>,
  said: readonly ClauseMention[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): number {
  const first = sites[0] as ClauseMention;
  const second = sites.find((m) => theirs.has(m) !== theirs.has(first));
  if (second === undefined) return -1;
  const between = said.some(
    (m) => m.concept.type !== "SITE" && m.from >= first.to && m.to <= second.from,
  );
  if (!between) return -1;
  const words = lexicon.frames;
  let at = second.from;
  for (let i = second.from - 1; i >= second.from - LEAD_REACH && i >= first.to; i--) {
    const t = tokens[i] as Token;
    if (said.some((m) => m.from <= i && i < m.to)) break;
    const lead =
      words.firstPerson.has(t.stem) ||
      words.otherOwner(t) ||
      words.animalOwner(t) ||
      words.owners.has(t.stem) ||
      lexicon.sideWords.has(t.stem) ||
      lexicon.fillers.has(t.stem);
    if (!lead) break;
    at = i;
  }
  return at;
}
