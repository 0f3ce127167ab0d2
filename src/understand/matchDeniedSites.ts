import { type Candidate, candidateOf } from "./Candidate.js";
import type { ClauseContext } from "./ClauseContext.js";
import { strengthOf } from "./confidence.js";
import type { ProfileIndex } from "./ProfileIndex.js";
import type { Clause, ClauseMention } from "./readClauses.js";

/**
 * "my arch aches, not the heel": a clause that only denies a site denies there what the
 * complaint reports elsewhere (the feelings of the clause before it; else generic pain),
 * for each profile at that site defined by feelings alone.
 * @param siteMentions the clause's mentions of sites the articles cover.
 */
export function matchDeniedSites(
  index: ProfileIndex,
  clause: Clause,
  siteMentions: readonly ClauseMention[],
  context: ClauseContext,
): Candidate[] {
  let denies = false;
  for (const m of siteMentions) if (m.negated) denies = true;
  if (!denies) return [];
  for (const m of clause.mentions)
    if (m.concept.type === "FEELING" || m.concept.type === "TIMING") return [];
  const denied = siteMentions.filter((m) => m.negated);
  const felt = context.felt.size > 0 ? context.felt : new Set(["pain"]);
  const found: Candidate[] = [];
  for (const m of denied) {
    const site = index.siteOf(m);
    for (const term of felt) {
      for (const { profile: p, entity } of index.withTerm(term)) {
        const placed = index.depth(p, site) > 0;
        const timed = p.timings.length > 0 && !p.anyOf;
        if (!placed || timed || !p.feelings.includes(term)) continue;
        if (found.some((c) => c.entity.id === entity.id)) continue;
        const strength = strengthOf("specific", { carriedSite: true });
        found.push(candidateOf(entity, p, [m], null, strength, false, site, m));
      }
    }
  }
  return found;
}
