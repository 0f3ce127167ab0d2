import { type Candidate, candidateOf } from "./Candidate.js";
import { CONFIDENCE } from "./confidence.js";
import type { ProfileIndex } from "./ProfileIndex.js";
import type { Clause } from "./readClauses.js";

/**
 * The conditions and causes one clause names outright ("plantar fasciitis", "flat feet"),
 * with less confidence when the clause only asks about them ("is it plantar fasciitis?").
 */
export function matchNamed(index: ProfileIndex, clause: Clause): Candidate[] {
  return clause.mentions.flatMap((m) => {
    if (m.concept.type !== "MENTION") return [];
    const entity = index.entity(m.concept.id);
    if (entity === undefined) return [];
    const c = candidateOf(
      entity,
      null,
      [m],
      null,
      CONFIDENCE.named - (m.typo ? CONFIDENCE.typo : 0) - (clause.hedged ? CONFIDENCE.hedged : 0),
    );
    const site = m.concept.site === null ? null : index.site(m.concept.site);
    return [{ ...c, present: !m.negated, siteValue: site }];
  });
}
