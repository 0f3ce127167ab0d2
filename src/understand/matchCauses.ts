import { type Candidate, candidateOf, conceptId } from "./Candidate.js";
import { quantityStrength, strengthOf } from "./confidence.js";
import type { ProfileIndex } from "./ProfileIndex.js";
import type { Clause } from "./readClauses.js";

/**
 * The causes one clause reports or denies. A cause matches a reported factor or a quantity
 * past its threshold; a quantity at or below it, or an `unless` factor reported, rules it
 * out.
 */
export function matchCauses(index: ProfileIndex, clause: Clause): Candidate[] {
  const ruledOut = new Set<string>();
  const found: Candidate[] = [];
  if (clause.quantities.length > 0) quantified(index, clause, ruledOut, found);
  let present: Set<string> | null = null;
  for (const m of clause.mentions) {
    if (m.concept.type !== "FACTOR") continue;
    present ??= reportedFactors(clause);
    // "new trainers, half a size too small": the shoes blamed, a wording's denial stands aside.
    if (m.negated && m.concept.saidAs !== undefined && present.size > 0) continue;
    for (const p of index.withFactor(m.concept.id)) {
      const entity = index.entity(p.entity);
      if (entity === undefined || ruledOut.has(p.entity) || p.unless.some((u) => present?.has(u)))
        continue;
      if (found.some((c) => c.entity.id === p.entity && c.present === !m.negated)) continue;
      const strength = strengthOf("factor", { typo: m.typo });
      const site = m.concept.site === null ? null : index.site(m.concept.site);
      found.push(candidateOf(entity, p, [m], null, strength, !m.negated, site));
    }
  }
  return found;
}

/** The ids of the factors a clause reports (not denied). */
function reportedFactors(clause: Clause): Set<string> {
  const present = new Set<string>();
  for (const m of clause.mentions)
    if (m.concept.type === "FACTOR" && !m.negated) present.add(conceptId(m));
  return present;
}

/**
 * The causes a clause's quantities match (past a threshold), into `found`; those a quantity
 * at or below every threshold rules out, into `ruledOut`.
 */
function quantified(
  index: ProfileIndex,
  clause: Clause,
  ruledOut: Set<string>,
  found: Candidate[],
): void {
  for (const p of index.withIndicators) {
    const entity = index.entity(p.entity);
    for (const q of clause.quantities) {
      const relevant = p.indicators.filter((x) => x.measure === q.quantity.measure);
      if (relevant.length === 0 || entity === undefined) continue;
      const hit = relevant.find((x) => q.quantity.value > x.above);
      if (hit === undefined) {
        // "by only 5%", shoes with 200 miles: a quantity within the rule's `deniedAtOrBelow`
        // says the cause is not there, so it is read as denied; others only rule it out.
        const rule = relevant[0];
        // Not when the rise is negated or another number follows ("..., it was 30%").
        if (
          rule?.deniedAtOrBelow != null &&
          q.quantity.value <= rule.deniedAtOrBelow &&
          q.negated !== true &&
          (q.laterRise ?? 0) <= (rule?.above ?? 0) &&
          rule !== undefined &&
          !ruledOut.has(p.entity)
        )
          found.push(candidateOf(entity, p, [], q, quantityStrength(rule.confidence), false));
        ruledOut.add(p.entity);
        continue;
      }
      found.push(candidateOf(entity, p, [], q, quantityStrength(hit.confidence)));
    }
  }
}
