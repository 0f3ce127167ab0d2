import type { KnowledgeGraph } from "../graph/buildGraph.js";
import { edgesAt } from "../graph/edgesAt.js";
import { graphEntities } from "../graph/graphEntities.js";
import { assertNever, type Edge, type Entity } from "../graph/model.js";
import type { Steps } from "../graph/steps.js";
import { type StepDirection, stepDirection } from "./stepDirection.js";

/** One way up from a node: the edge, the node it reaches and how it is walked. */
export interface UpMove {
  readonly edge: Edge;
  readonly next: Entity;
  readonly direction: StepDirection;
  /** Whether the hop moves from an effect to what causes it (CAUSES, LEADS_TO or a driving condition). */
  readonly causal: boolean;
  /**
   * Share of the weight this hop keeps: 1/sqrt(number of alternatives of the same
   * relation; 1 for an edge the articles call most common), times
   * {@link ANATOMY_WEIGHT} for a hop along the body (FELT_IN, AFFECTS, UPSTREAM_OF,
   * PART_OF) rather than along an explained cause.
   */
  readonly share: number;
}

/**
 * Weight kept by a hop along the anatomy instead of an explained cause: a chain the
 * articles spell out as causes (CAUSES, LEADS_TO) beats the same distance walked only
 * through where things sit.
 */
export const ANATOMY_WEIGHT = 0.8;

const ANATOMICAL = new Set<Edge["relation"]>(["FELT_IN", "AFFECTS", "UPSTREAM_OF", "PART_OF"]);

/**
 * A compact adjacency view of the graph for walking "up": from what a runner feels
 * towards what causes it. Built once per knowledge base, so a trace touches only the
 * nodes it reaches. Moves per node are sorted by relation then id, for determinism.
 *
 * Moves: symptom → condition that shows it, and → structure where it is felt; condition
 * → its causes, the conditions that lead to it, the structures it affects; cause and
 * mechanism → their causes; structure → the structure above it on the kinetic chain (or,
 * with none above, the whole it is part of), and → a condition of the structure that
 * drives others (one with CAUSES edges out).
 */
export class UpwardGraph {
  private readonly moves = new Map<string, readonly UpMove[]>();

  private constructor() {}

  /** Builds the view of `graph`, one node per step (see Steps). */
  static *build(graph: KnowledgeGraph): Steps<UpwardGraph> {
    const up = new UpwardGraph();
    for (const entity of graphEntities(graph)) {
      up.addNode(graph, entity);
      yield;
    }
    return up;
  }

  /** The ways up from `id` (empty for a node with none). */
  movesFrom(id: string): readonly UpMove[] {
    return this.moves.get(id) ?? [];
  }

  private addNode(graph: KnowledgeGraph, entity: Entity): void {
    const { id } = entity;
    const raw: Omit<UpMove, "share">[] = [];
    const add = (edge: Edge, next: Entity, direction: UpMove["direction"], causal: boolean) =>
      raw.push({ edge, next, direction, causal });
    const incoming = (
      relation: Edge["relation"],
      causal: boolean,
      accept = (_: Entity) => true,
    ) => {
      for (const { edge, other } of edgesAt(graph, id, "INCOMING", [relation])) {
        if (accept(other)) add(edge, other, stepDirection("INCOMING"), causal);
      }
    };
    const outgoing = (relation: Edge["relation"]) => {
      for (const { edge, other } of edgesAt(graph, id, "OUTGOING", [relation]))
        add(edge, other, stepDirection("OUTGOING"), false);
    };
    const drives = (e: Entity) => edgesAt(graph, e.id, "OUTGOING", ["CAUSES"]).length > 0;
    switch (entity.kind) {
      case "SYMPTOM":
        incoming("PRESENTS_WITH", false);
        outgoing("FELT_IN");
        break;
      case "CONDITION":
        incoming("CAUSES", true);
        incoming("LEADS_TO", true);
        outgoing("AFFECTS");
        break;
      case "CAUSE":
      case "MECHANISM":
        incoming("CAUSES", true);
        break;
      case "BODY_STRUCTURE":
        incoming("UPSTREAM_OF", false);
        // A part with nothing upstream joins the chain where its whole sits.
        if (raw.length === 0) outgoing("PART_OF");
        incoming("AFFECTS", true, (e) => e.kind === "CONDITION" && drives(e));
        break;
      case "TREATMENT":
      case "ADVICE":
        break;
      default:
        assertNever(entity);
    }
    const perRelation = new Map<string, number>();
    for (const m of raw)
      perRelation.set(m.edge.relation, (perRelation.get(m.edge.relation) ?? 0) + 1);
    const moves = raw
      .map((m) => ({
        ...m,
        share:
          (ANATOMICAL.has(m.edge.relation) ? ANATOMY_WEIGHT : 1) /
          (m.edge.common ? 1 : Math.sqrt(perRelation.get(m.edge.relation) ?? 1)),
      }))
      .sort(
        (a, b) =>
          a.edge.relation.localeCompare(b.edge.relation) || a.next.id.localeCompare(b.next.id),
      );
    if (moves.length > 0) this.moves.set(id, moves);
  }
}
