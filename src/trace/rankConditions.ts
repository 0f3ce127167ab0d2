import type { KnowledgeGraph } from "../graph/buildGraph.js";
import type { Condition, Entity } from "../graph/model.js";
import type { ConditionMatch, TraceMatch } from "./types.js";

/** Weight of a cause as evidence for a condition it drives, relative to a symptom. */
export const CAUSE_EVIDENCE_WEIGHT = 0.5;

/**
 * Ranks conditions by how well the matched evidence supports them. Each piece of evidence
 * lends a condition `confidence × specificity`, where specificity is 1/sqrt(how many
 * conditions share it), so a symptom shared by many conditions counts less than a
 * specific one; a reported condition supports itself fully, a reported cause supports
 * what it drives at {@link CAUSE_EVIDENCE_WEIGHT}. Support combines as a noisy-or,
 * so more evidence always ranks higher. Sorted by score descending, ties by id.
 */
export function rankConditions(
  graph: KnowledgeGraph,
  matched: readonly TraceMatch[],
): ConditionMatch[] {
  const support = new Map<
    string,
    { condition: Condition; parts: { entity: Entity; p: number }[] }
  >();
  const lend = (condition: Entity, entity: Entity, p: number) => {
    if (condition.kind !== "CONDITION") return;
    const entry = support.get(condition.id) ?? { condition, parts: [] };
    entry.parts.push({ entity, p: Math.min(1, p) });
    support.set(condition.id, entry);
  };
  for (const { entity, confidence } of matched) {
    if (entity.kind === "CONDITION") {
      lend(entity, entity, confidence);
      continue;
    }
    const targets: Entity[] = [];
    if (entity.kind === "SYMPTOM") {
      graph.forEachInEdge(entity.id, (_k, { edge }, _s, _t, source) => {
        if (edge.relation === "PRESENTS_WITH") targets.push(source.entity);
      });
    } else {
      graph.forEachOutEdge(entity.id, (_k, { edge }, _s, _t, _sa, target) => {
        if (edge.relation === "CAUSES") targets.push(target.entity);
      });
    }
    const conditions = targets.filter((t) => t.kind === "CONDITION");
    const specificity = conditions.length === 0 ? 0 : 1 / Math.sqrt(conditions.length);
    const weight = entity.kind === "SYMPTOM" ? 1 : CAUSE_EVIDENCE_WEIGHT;
    for (const c of conditions) lend(c, entity, confidence * specificity * weight);
  }
  return [...support.values()]
    .map(({ condition, parts }) => ({
      condition,
      score: 1 - parts.reduce((q, { p }) => q * (1 - p), 1),
      matchedSymptoms: [...parts]
        .sort((a, b) => b.p - a.p || a.entity.id.localeCompare(b.entity.id))
        .map((x) => x.entity),
    }))
    .sort((a, b) => b.score - a.score || a.condition.id.localeCompare(b.condition.id));
}
