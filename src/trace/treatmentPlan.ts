import type { KnowledgeGraph } from "../graph/buildGraph.js";
import { edgesAt } from "../graph/edgesAt.js";
import { entityAt } from "../graph/entityAt.js";
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
    if (entityAt(graph, target.id) === null) return;
    for (const { other: source } of edgesAt(graph, target.id, "INCOMING", ["TREATS", "PREVENTS"])) {
      if (source.kind !== "TREATMENT") continue;
      const item = items.get(source.id) ?? { treatment: source, addresses: [], best: rank };
      if (!item.addresses.includes(target)) item.addresses.push(target);
      items.set(source.id, item);
    }
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
