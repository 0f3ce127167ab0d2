import type { VocabularySite } from "../graph/index.js";
import type { Clause } from "./readClauses.js";
import type { Whose } from "./types.js";

/** Looks a site up by id (ClauseMatcher.site): null when the vocabulary has none. */
export type SiteById = (id: string) => VocabularySite | null;

/** The first covered site a clause names, or null. */
export function coveredSite(clause: Clause, site: SiteById): VocabularySite | null {
  for (const m of clause.mentions) {
    const found = m.concept.type === "SITE" ? site(m.concept.id) : null;
    if (found?.covered) return found;
  }
  return null;
}

/**
 * For each clause, the first covered site named in it or after it, in a clause not about
 * another person (`whose` RUNNER), or in one whose words speak of another person (`whose`
 * SOMEONE_ELSE, read as the runner's or not). One entry more than there are clauses (the
 * last is null), so `later[i + 1]` is always defined.
 */
export function laterSites(
  clauses: readonly Clause[],
  whose: Whose,
  site: SiteById,
): (VocabularySite | null)[] {
  const later: (VocabularySite | null)[] = new Array(clauses.length + 1).fill(null);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i] as Clause;
    const counted = whose === "RUNNER" ? !c.other : c.whose === "SOMEONE_ELSE";
    later[i] = (counted ? coveredSite(c, site) : null) ?? later[i + 1] ?? null;
  }
  return later;
}
