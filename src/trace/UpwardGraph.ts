import type { KnowledgeGraph, Steps } from "../graph/index.js";
import { assertNever, type Edge, type Entity, edgesAt } from "../graph/index.js";
import { feltDownChain } from "./downChain.js";
import type { NodeIndex } from "./NodeIndex.js";
import { type StepDirection, stepDirection } from "./stepDirection.js";
import type { PathStep } from "./types.js";

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
 * nodes it reaches, and reads flat arrays (node numbers of {@link NodeIndex}) instead of
 * the graph. Moves per node are sorted by relation then id, for determinism; each move's
 * path step (from, to, edge, direction) is made once here and shared by every path that
 * takes it. Size: one entry per move, at most two per edge of the graph.
 *
 * Moves: symptom → condition that shows it (not one felt there only down the kinetic chain,
 * see feltDownChain: the walk reaches that one up the chain, through its causes), and →
 * structure where it is felt; condition
 * → its causes, the conditions that lead to it, the structures it affects; cause and
 * mechanism → their causes; structure → the structure above it on the kinetic chain (or,
 * with none above, the whole it is part of), and → a condition of the structure that
 * drives others (one with CAUSES edges out).
 */
export class UpwardGraph {
  /** Node number → index of its first move; its moves end where the next node's begin. */
  readonly firstMove: Int32Array;
  /** Move → the node number it reaches. */
  readonly next: Int32Array;
  /** Move → the share of the weight it keeps (see {@link UpMove}.share). */
  readonly share: Float64Array;
  /** Move → 1 when it is causal (see {@link UpMove}.causal). */
  readonly causal: Uint8Array;
  /** Move → its path step. */
  readonly step: readonly PathStep[];

  private constructor(
    readonly nodes: NodeIndex,
    moves: readonly (readonly UpMove[])[],
  ) {
    const count = moves.reduce((n, m) => n + m.length, 0);
    this.firstMove = new Int32Array(moves.length + 1);
    this.next = new Int32Array(count);
    this.share = new Float64Array(count);
    this.causal = new Uint8Array(count);
    const step: PathStep[] = [];
    moves.forEach((list, node) => {
      const from = nodes.entities[node] as Entity;
      for (const m of list) {
        const k = step.length;
        this.next[k] = nodes.numberOf(m.next.id);
        this.share[k] = m.share;
        this.causal[k] = m.causal ? 1 : 0;
        step.push({ from, to: m.next, edge: m.edge, direction: m.direction });
      }
      this.firstMove[node + 1] = step.length;
    });
    this.step = step;
  }

  /** Builds the view of `graph` over its numbered `nodes`, one node per step (see Steps). */
  static *build(graph: KnowledgeGraph, nodes: NodeIndex): Steps<UpwardGraph> {
    const moves: UpMove[][] = [];
    for (const entity of nodes.entities) {
      moves.push(movesOf(graph, entity));
      yield;
    }
    return new UpwardGraph(nodes, moves);
  }
}

/** The ways up from `entity`, sorted by relation then id. */
function movesOf(graph: KnowledgeGraph, entity: Entity): UpMove[] {
  const { id } = entity;
  const raw: Omit<UpMove, "share">[] = [];
  const add = (edge: Edge, next: Entity, direction: UpMove["direction"], causal: boolean) =>
    raw.push({ edge, next, direction, causal });
  const incoming = (relation: Edge["relation"], causal: boolean, accept = (_: Entity) => true) => {
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
      // A condition felt here only down the chain is reached up the chain, by its causes.
      incoming("PRESENTS_WITH", false, (c) => !feltDownChain(graph, c.id, id));
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
  return raw
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
}
