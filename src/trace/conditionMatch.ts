import type { Condition, Entity } from "../graph/index.js";
import type { ConditionMatch } from "./types.js";

/**
 * A {@link ConditionMatch}, always written by this one literal: the ranking, the fit limits
 * and the answer's support each made their own (some by spreading another), so triage and
 * the engine met three hidden classes for one kind of object and V8 dropped their optimised
 * code whenever a rare one came along (see understand's clauseShape).
 */
export function conditionMatch(
  condition: Condition,
  score: number,
  matchedSymptoms: readonly Entity[],
): ConditionMatch {
  return { condition, score, matchedSymptoms };
}
