import { isWarningSign } from "./matchInputs.js";
import type { ConditionMatch } from "./types.js";

/**
 * The most a condition's shown score reaches when the evidence cannot settle it (0.6):
 * within the explorer's "some fit", never a "strong fit": when only warning signs
 * support it, as the heel article says such signs "can be signs of" a serious injury like a
 * stress fracture, which is a reason to see a doctor, not a diagnosis. At least 0.5, so a limited score never falls below another
 * (two shares of one probability cannot both exceed a half) and the order stands.
 */
export const LIMITED_FIT = 0.6;

/**
 * `ranked` with each score at most {@link LIMITED_FIT} where only warning signs support the
 * condition; the same order (see LIMITED_FIT).
 */
export function limitFits(ranked: readonly ConditionMatch[]): ConditionMatch[] {
  return ranked.map((c) => {
    if (c.score <= LIMITED_FIT) return c;
    const signsOnly = c.matchedSymptoms.length > 0 && c.matchedSymptoms.every(isWarningSign);
    return signsOnly ? { ...c, score: LIMITED_FIT } : c;
  });
}
