import { pointsBack } from "./clauseLeads.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

const NO_SITES: readonly ClauseMention[] = [];

/**
 * The clause's site mentions (one shared empty list when it names none), past a part of
 * what is pointed back at ("the back of it"): that one is the part of a site named before.
 */
export function sitesOf(
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): readonly ClauseMention[] {
  let sites: ClauseMention[] | null = null;
  for (const m of clause.mentions) {
    if (m.concept.type !== "SITE" || pointsBack(m, tokens, lexicon)) continue;
    if (sites === null) sites = [];
    sites.push(m);
  }
  return sites ?? NO_SITES;
}
