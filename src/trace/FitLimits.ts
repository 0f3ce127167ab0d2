import type { KnowledgeGraph, Symptom } from "../graph/index.js";
import { edgesAt, graphEntities } from "../graph/index.js";
import type { ConditionModel, Known } from "./ConditionModel.js";
import { conditionMatch } from "./conditionMatch.js";
import { isWarningSign } from "./isWarningSign.js";
import type { ConditionMatch } from "./types.js";

/**
 * The most a condition's shown score reaches when the evidence cannot settle it (0.6):
 * within the explorer's "some fit", never a "strong fit". Three cases. Only warning signs
 * support it: the heel article says such signs "can be signs of" a serious injury like a
 * stress fracture, which is a reason to see a doctor, not a diagnosis. Only causes support
 * it ("I run on concrete every day", with no symptom the articles place): a cause makes a
 * condition likelier, it does not show the runner has it. Or the runner denied its
 * defining sign (see {@link FitLimits.definingSign}): what is left may fit
 * other conditions as well. At least 0.5, so a limited score never falls below another
 * (two shares of one probability cannot both exceed a half) and the order stands.
 */
export const LIMITED_FIT = 0.6;

/**
 * Limits the fit a condition is shown with when the evidence cannot settle it (see
 * {@link LIMITED_FIT}), and names each condition's defining sign, whose denial keeps the
 * interview asking however likely the condition. Built once per graph: one entry per
 * condition.
 */
export class FitLimits {
  /** Per condition, its defining sign (built once; absent when it presents with nothing). */
  private readonly defining = new Map<string, Symptom>();

  /**
   * @param graph the knowledge graph, for each condition's PRESENTS_WITH edges
   * @param model the likelihoods those edges carry
   */
  constructor(graph: KnowledgeGraph, model: ConditionModel) {
    for (const { id, kind } of graphEntities(graph)) {
      if (kind !== "CONDITION") continue;
      let best: Symptom | null = null;
      let strength = 0;
      for (const { other } of edgesAt(graph, id, "OUTGOING", ["PRESENTS_WITH"])) {
        if (other.kind !== "SYMPTOM") continue;
        const shared = edgesAt(graph, other.id, "INCOMING", ["PRESENTS_WITH"]).length;
        const s = model.symptomLikelihood(id, other.id) / Math.max(1, shared);
        if (s > strength) [best, strength] = [other, s];
      }
      if (best !== null) this.defining.set(id, best);
    }
  }

  /**
   * A condition's defining sign: the symptom it presents with most strongly for it alone,
   * its likelihood (ConditionModel.symptomLikelihood, from the PRESENTS_WITH edge) divided by
   * how many conditions present with it; the first in the data's order on a tie (the sign
   * its article names first). Null when it presents with no symptom.
   */
  definingSign(conditionId: string): Symptom | null {
    return this.defining.get(conditionId) ?? null;
  }

  /** Whether the runner denied `conditionId`'s defining sign. */
  definingDenied(conditionId: string, known: Known): boolean {
    const sign = this.defining.get(conditionId);
    return sign !== undefined && known.absent.some((e) => e.id === sign.id);
  }

  /**
   * `ranked` with each score at most {@link LIMITED_FIT} where only warning signs or only
   * causes support the condition, or its defining sign was denied; the same order (see
   * LIMITED_FIT).
   */
  limit(ranked: readonly ConditionMatch[], known: Known): ConditionMatch[] {
    return ranked.map((c) => {
      if (c.score <= LIMITED_FIT) return c;
      const support = c.matchedSymptoms;
      const unsettled =
        (support.length > 0 &&
          (support.every(isWarningSign) || support.every((e) => e.kind === "CAUSE"))) ||
        this.definingDenied(c.condition.id, known);
      if (!unsettled) return c;
      return conditionMatch(c.condition, LIMITED_FIT, c.matchedSymptoms);
    });
  }
}
