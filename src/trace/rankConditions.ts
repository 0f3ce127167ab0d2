import type { KnowledgeGraph } from "../graph/buildGraph.js";
import { edgesAt } from "../graph/edgesAt.js";
import type { Condition, Edge, Entity } from "../graph/model.js";
import { TRACE_DEFAULTS } from "./traceDefaults.js";
import type { ConditionMatch, TraceMatch } from "./types.js";

/** Weight of a cause as evidence for a condition it drives, relative to a symptom. */
export const CAUSE_EVIDENCE_WEIGHT = 0.5;

/** Most CAUSES hops followed from a reported cause to the conditions it drives. */
export const CAUSE_REACH = 4;

/**
 * How much denied evidence lowers a condition: for each denied symptom it presents with,
 * its score is multiplied by 1 − ABSENT_WEIGHT × the edge's specificity; a condition
 * denied by name ("it's not plantar fasciitis") is multiplied by 1 − ABSENT_WEIGHT.
 */
export const ABSENT_WEIGHT = 0.5;

/** How one piece of evidence supports one condition. */
export interface Support {
  readonly condition: Condition;
  readonly evidence: Entity;
  /** 0..1 */
  readonly weight: number;
}

/**
 * Ranks conditions by how well the matched evidence supports them. Each piece of evidence
 * lends a condition `confidence × specificity`, where specificity is 1/sqrt(how many
 * conditions share it) — 1 for an edge the articles call most common — so a symptom
 * shared by many conditions counts less than a specific one. A reported condition
 * supports itself fully; a reported cause or mechanism supports the conditions it drives
 * (through up to {@link CAUSE_REACH} CAUSES hops) at {@link CAUSE_EVIDENCE_WEIGHT}. Support
 * combines as a noisy-or, so more evidence always ranks higher. Denied evidence (`absent`)
 * then lowers the conditions it concerns ({@link ABSENT_WEIGHT}); it never adds one. Sorted
 * by score descending, ties by id.
 */
export function rankConditions(
  graph: KnowledgeGraph,
  matched: readonly TraceMatch[],
  absent: readonly Entity[] = [],
): ConditionMatch[] {
  const kept = denialFactors(graph, absent);
  const byCondition = new Map<string, Support[]>();
  for (const s of supports(graph, matched)) {
    const list = byCondition.get(s.condition.id) ?? [];
    list.push(s);
    byCondition.set(s.condition.id, list);
  }
  return [...byCondition.values()]
    .map((list) => ({
      condition: (list[0] as Support).condition,
      score:
        (1 - list.reduce((q, s) => q * (1 - s.weight), 1)) *
        (kept.get((list[0] as Support).condition.id) ?? 1),
      matchedSymptoms: [...list]
        .sort((a, b) => b.weight - a.weight || a.evidence.id.localeCompare(b.evidence.id))
        .map((s) => s.evidence),
    }))
    .sort((a, b) => b.score - a.score || a.condition.id.localeCompare(b.condition.id));
}

/** Every (condition, evidence, weight) the matched evidence lends, strongest per pair. */
export function supports(graph: KnowledgeGraph, matched: readonly TraceMatch[]): Support[] {
  const best = new Map<string, Support>();
  const lend = (condition: Entity, evidence: Entity, weight: number) => {
    if (condition.kind !== "CONDITION") return;
    const key = `${condition.id}|${evidence.id}`;
    const w = Math.min(1, weight);
    if ((best.get(key)?.weight ?? -1) < w) best.set(key, { condition, evidence, weight: w });
  };
  for (const { entity, confidence } of matched) {
    switch (entity.kind) {
      case "CONDITION":
        lend(entity, entity, confidence);
        break;
      case "SYMPTOM": {
        const edges = edgesAt(graph, entity.id, "INCOMING", ["PRESENTS_WITH"]);
        for (const { edge, other } of edges)
          lend(other, entity, confidence * specificity(edge, edges.length));
        break;
      }
      case "CAUSE":
      case "MECHANISM":
        for (const [condition, reach] of drivenConditions(graph, entity)) {
          lend(condition, entity, confidence * CAUSE_EVIDENCE_WEIGHT * reach);
        }
        break;
      default:
        break;
    }
  }
  return [...best.values()];
}

/** Per condition, the share of its score kept after the denied evidence. */
function denialFactors(graph: KnowledgeGraph, absent: readonly Entity[]): Map<string, number> {
  const kept = new Map<string, number>();
  const lower = (id: string, by: number) => kept.set(id, (kept.get(id) ?? 1) * (1 - by));
  for (const e of absent) {
    if (e.kind === "CONDITION") lower(e.id, ABSENT_WEIGHT);
    if (e.kind !== "SYMPTOM") continue;
    const edges = edgesAt(graph, e.id, "INCOMING", ["PRESENTS_WITH"]);
    for (const { edge, other } of edges)
      lower(other.id, ABSENT_WEIGHT * specificity(edge, edges.length));
  }
  return kept;
}

function specificity(edge: Edge, alternatives: number): number {
  return edge.common ? 1 : 1 / Math.sqrt(Math.max(1, alternatives));
}

/** Conditions a cause drives through CAUSES hops (via causes and mechanisms), with reach 0..1. */
function drivenConditions(graph: KnowledgeGraph, start: Entity): Map<Entity, number> {
  const reached = new Map<Entity, number>();
  const seen = new Map<string, number>([[start.id, 1]]);
  let frontier: [Entity, number][] = [[start, 1]];
  for (let hop = 0; hop < CAUSE_REACH && frontier.length > 0; hop++) {
    const next: [Entity, number][] = [];
    for (const [node, reach] of frontier) {
      const edges = edgesAt(graph, node.id, "OUTGOING", ["CAUSES"]);
      for (const { edge, other } of edges) {
        const r =
          reach * specificity(edge, edges.length) * (hop === 0 ? 1 : TRACE_DEFAULTS.hopDecay);
        if ((seen.get(other.id) ?? 0) >= r) continue;
        seen.set(other.id, r);
        if (other.kind === "CONDITION") reached.set(other, Math.max(reached.get(other) ?? 0, r));
        else next.push([other, r]);
      }
    }
    frontier = next;
  }
  return reached;
}
