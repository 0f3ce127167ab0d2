import type { KnowledgeGraph } from "../graph/buildGraph.js";
import { edgesAt } from "../graph/edgesAt.js";
import { type Entity, TREATMENT_PHASES, type Treatment } from "../graph/model.js";
import type { Steps } from "../graph/steps.js";
import type { NodeIndex } from "./NodeIndex.js";
import type { PlanItem } from "./types.js";

/**
 * The treatments that treat or prevent each node of the graph (TREATS or PREVENTS edges
 * into it, in the graph's order), found once per knowledge base so a plan reads a list
 * per target instead of filtering the graph's edges. Size: one entry per TREATS or
 * PREVENTS edge.
 */
export class TreatmentIndex {
  private constructor(
    private readonly nodes: NodeIndex,
    private readonly sources: readonly (readonly Treatment[])[],
  ) {}

  /** Lists the treatments of every node of `graph`, one node per step (see Steps). */
  static *build(graph: KnowledgeGraph, nodes: NodeIndex): Steps<TreatmentIndex> {
    const sources: Treatment[][] = [];
    for (const entity of nodes.entities) {
      const edges = edgesAt(graph, entity.id, "INCOMING", ["TREATS", "PREVENTS"]);
      sources.push(edges.flatMap(({ other }) => (other.kind === "TREATMENT" ? [other] : [])));
      yield;
    }
    return new TreatmentIndex(nodes, sources);
  }

  /**
   * Treatments that treat or prevent any of `targets` (leading conditions and root causes,
   * most relevant first), each listed once with what it addresses. Ordered by phase
   * (RELIEF, ROOT_CAUSE, PREVENTION, MEDICAL), then by the rank of the best target it
   * addresses, then by id. A target the graph does not hold is skipped.
   */
  plan(targets: readonly Entity[]): PlanItem[] {
    const items = new Map<string, { treatment: Treatment; addresses: Entity[]; best: number }>();
    targets.forEach((target, rank) => {
      const n = this.nodes.numberOf(target.id);
      if (n < 0) return;
      for (const source of this.sources[n] as readonly Treatment[]) {
        const item = items.get(source.id);
        if (item === undefined)
          items.set(source.id, { treatment: source, addresses: [target], best: rank });
        else if (!item.addresses.includes(target)) item.addresses.push(target);
      }
    });
    const phase = (t: Treatment) => TREATMENT_PHASES.indexOf(t.phase);
    return [...items.values()]
      .sort(
        (a, b) =>
          phase(a.treatment) - phase(b.treatment) ||
          a.best - b.best ||
          this.nodes.compareIds(a.treatment, b.treatment),
      )
      .map(({ treatment, addresses }) => ({ treatment, addresses }));
  }
}
