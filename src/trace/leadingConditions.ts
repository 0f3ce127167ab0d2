import type { ConditionMatch } from "./types.js";

/** Share of the top condition's score a condition needs to count as leading. */
export const LEADING_SHARE = 0.5;

/** How many of the ranked conditions can count as leading. */
export const LEADING_COUNT = 3;

/**
 * The leading conditions: among the first {@link LEADING_COUNT}, those scoring at least
 * {@link LEADING_SHARE} of the best. Used for the treatment plan.
 */
export function leadingConditions(conditions: readonly ConditionMatch[]): ConditionMatch[] {
  const top = conditions[0]?.score ?? 0;
  return conditions.slice(0, LEADING_COUNT).filter((c) => c.score >= top * LEADING_SHARE);
}
