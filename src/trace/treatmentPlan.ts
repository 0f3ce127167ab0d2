import type { KnowledgeGraph } from "../graph/buildGraph.js";
import { type Entity, TREATMENT_PHASES, type Treatment } from "../graph/model.js";
import type { PlanItem } from "./types.js";

/**
 * Treatments that treat or prevent any of `targets` (leading conditions and root causes,
 * most relevant first), each listed once with what it addresses. Ordered by phase
 * (RELIEF, ROOT_CAUSE, PREVENTION, MEDICAL), then by the rank of the best target it
 * addresses, then by id.
 */
export function treatmentPlan(graph: KnowledgeGraph, targets: readonly Entity[]): PlanItem[] {
  const items = new Map<string, { treatment: Treatment; addresses: Entity[]; best: number }>();
  targets.forEach((target, rank) => {
    if (!graph.hasNode(target.id)) return;
    graph.forEachInEdge(target.id, (_k, { edge }, _s, _t, source) => {
      if (edge.relation !== "TREATS" && edge.relation !== "PREVENTS") return;
      if (source.entity.kind !== "TREATMENT") return;
      const item = items.get(source.entity.id) ?? {
        treatment: source.entity,
        addresses: [],
        best: rank,
      };
      if (!item.addresses.includes(target)) item.addresses.push(target);
      items.set(source.entity.id, item);
    });
  });
  const phase = (t: Treatment) => TREATMENT_PHASES.indexOf(t.phase);
  return [...items.values()]
    .sort(
      (a, b) =>
        phase(a.treatment) - phase(b.treatment) ||
        a.best - b.best ||
        a.treatment.id.localeCompare(b.treatment.id),
    )
    .map(({ treatment, addresses }) => ({ treatment, addresses }));
}
