import type { KnowledgeGraph, Steps } from "../graph/index.js";
import { type Entity, edgesAt, TREATMENT_PHASES, type Treatment } from "../graph/index.js";
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
    /** Node → the node numbers of the treatments that treat or prevent it. */
    private readonly sources: readonly (readonly number[])[],
    /** Node → its place in TREATMENT_PHASES (a treatment's phase; -1 for other kinds). */
    private readonly phase: Int8Array,
  ) {}

  /** Lists the treatments of every node of `graph`, one node per step (see Steps). */
  static *build(graph: KnowledgeGraph, nodes: NodeIndex): Steps<TreatmentIndex> {
    const sources: number[][] = [];
    const phase = new Int8Array(nodes.size);
    for (const [n, entity] of nodes.entities.entries()) {
      const edges = edgesAt(graph, entity.id, "INCOMING", ["TREATS", "PREVENTS"]);
      sources.push(
        edges.flatMap(({ other }) =>
          other.kind === "TREATMENT" ? [nodes.numberOf(other.id)] : [],
        ),
      );
      phase[n] = entity.kind === "TREATMENT" ? TREATMENT_PHASES.indexOf(entity.phase) : -1;
      yield;
    }
    return new TreatmentIndex(nodes, sources, phase);
  }

  /**
   * Treatments that treat or prevent any of `targets` (leading conditions, reported symptoms
   * and causes, and root causes, most relevant first), each listed once with what it
   * addresses. Ordered by phase (RELIEF, ROOT_CAUSE, PREVENTION, MEDICAL), then by the rank
   * of the best target it addresses, then by id. A target the graph does not hold is skipped.
   */
  plan(targets: readonly Entity[]): PlanItem[] {
    const items = new Map<number, { node: number; addresses: Entity[]; best: number }>();
    for (let rank = 0; rank < targets.length; rank++) {
      const target = targets[rank] as Entity;
      const n = this.nodes.numberOf(target.id);
      if (n < 0) continue;
      for (const source of this.sources[n] as readonly number[]) {
        const item = items.get(source);
        if (item === undefined)
          items.set(source, { node: source, addresses: [target], best: rank });
        else if (!item.addresses.includes(target)) item.addresses.push(target);
      }
    }
    const { phase, nodes } = this;
    return [...items.values()]
      .sort(
        (a, b) =>
          (phase[a.node] as number) - (phase[b.node] as number) ||
          a.best - b.best ||
          (nodes.rank[a.node] as number) - (nodes.rank[b.node] as number),
      )
      .map(({ node, addresses }) => ({ treatment: nodes.entities[node] as Treatment, addresses }));
  }
}
