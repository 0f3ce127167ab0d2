import { type Candidate, candidateOf } from "./Candidate.js";
import { strengthOf } from "./confidence.js";
import type { ProfileIndex } from "./ProfileIndex.js";
import type { Clause } from "./readClauses.js";

/**
 * The conditions and causes one clause names outright ("plantar fasciitis", "flat feet"),
 * with less confidence when the clause only asks about them ("is it plantar fasciitis?").
 */
export function matchNamed(index: ProfileIndex, clause: Clause): Candidate[] {
  const found: Candidate[] = [];
  for (const m of clause.mentions) {
    if (m.concept.type !== "MENTION") continue;
    const entity = index.entity(m.concept.id);
    if (entity === undefined) continue;
    const strength = strengthOf("named", { typo: m.typo, hedged: clause.hedged });
    const site = m.concept.site === null ? null : index.site(m.concept.site);
    found.push(candidateOf(entity, null, [m], null, strength, !m.negated, site));
  }
  return found;
}
