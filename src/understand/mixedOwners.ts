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
}

/**
 * The sites of a clause that are someone else's when the clause lists the runner's own
 * site beside them before what is felt ("my heel and my wife's ankle are numb": the heel is
 * the runner's, the ankle the wife's), else null: such a clause is read as two, one per
 * body. One look back per site (ownerOf, runnersOwn: a few tokens each).
 */
export function mixedOwners(
  sites: readonly ClauseMention[],
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
    ? { sites: theirs, owner, last: theirs.has(last) }
    : null;
}
