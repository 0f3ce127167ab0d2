import type { ConditionMatch } from "./types.js";

/** Share of the top condition's score a condition needs to count as leading. */
export const LEADING_SHARE = 0.5;

/** How many of the ranked conditions can count as leading. */
export const LEADING_COUNT = 3;

/**
 * How far above {@link LEADING_SHARE} of the best a score must be (relative): support scores
 * land on exactly half of the best (a symptom shared by several conditions), where float
 * rounding alone would decide, and the order words came in with it ("my heel is not red but
 * it hurts" SEE_DOCTOR, "my heel hurts but it is not red" SELF_CARE): exactly half does not lead.
 */
const OVER_HALF = 1e-9;

/**
 * The leading conditions: among the first {@link LEADING_COUNT}, those scoring more than
 * {@link LEADING_SHARE} of the best (the best always). Used for the treatment plan and triage.
 */
export function leadingConditions(conditions: readonly ConditionMatch[]): ConditionMatch[] {
  const top = conditions[0]?.score ?? 0;
  const bar = top * LEADING_SHARE * (1 + OVER_HALF);
  return conditions.slice(0, LEADING_COUNT).filter((c, i) => i === 0 || c.score > bar);
}
