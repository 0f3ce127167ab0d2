import type { Condition, Edge, Entity, KnowledgeGraph, Steps } from "../graph/index.js";
import { edgesAt } from "../graph/index.js";
import type { NodeIndex } from "./NodeIndex.js";
import { TRACE_DEFAULTS } from "./traceDefaults.js";

/** Most CAUSES hops followed from a reported cause to the conditions it drives. */
export const CAUSE_REACH = 4;

/**
 * Most (cause, driven condition) pairs kept for all causes together: 2^18, about 10 MiB
 * (ConditionModel keeps a support per kept pair too: about as much again). The real graph
 * holds under a thousand; a graph with more has the rest found per trace, as a cause's
 * conditions were before they were kept.
 */
export const MAX_DRIVEN_PAIRS = 2 ** 18;

/** A condition a piece of evidence points at, and how strongly (see {@link EvidenceLinks}). */
export interface Link {
  readonly condition: Condition;
  /** A symptom's specificity for the condition, or a cause's reach to it (0..1). */
  readonly factor: number;
}

/**
 * What each piece of evidence points at, found once per knowledge base instead of per
 * trace: for a symptom, the conditions presenting with it and its specificity for each
 * (1/sqrt(how many conditions share it); 1 for an edge the articles call most common); for
 * a cause or mechanism, the conditions it drives through up to {@link CAUSE_REACH} CAUSES
 * hops and its reach to each (the product of the hops' specificities, and
 * {@link TRACE_DEFAULTS}.hopDecay per hop after the first). Each list in the order the
 * graph gives (edges in insertion order, conditions in the order the walk reaches them).
 * Size: one entry per PRESENTS_WITH edge, and at most {@link MAX_DRIVEN_PAIRS} for causes.
 */
export class EvidenceLinks {
  private constructor(
    private readonly graph: KnowledgeGraph,
    /** The graph's numbered nodes the links are kept by. */
    readonly nodes: NodeIndex,
    private readonly links: readonly (readonly Link[] | null)[],
  ) {}

  /**
   * Finds the links of every symptom, cause and mechanism of `graph`, one per step.
   * @param maxPairs most (cause, driven condition) pairs kept (default
   *   {@link MAX_DRIVEN_PAIRS}); a cause past it has its conditions found per call
   */
  static *build(
    graph: KnowledgeGraph,
    nodes: NodeIndex,
    maxPairs: number = MAX_DRIVEN_PAIRS,
  ): Steps<EvidenceLinks> {
    const links: (readonly Link[] | null)[] = [];
    let pairs = 0;
    for (const entity of nodes.entities) {
      let found: readonly Link[] | null = null;
      if (entity.kind === "SYMPTOM") found = presentingConditions(graph, entity);
      else if (entity.kind === "CAUSE" || entity.kind === "MECHANISM") {
        const driven = drivenConditions(graph, entity);
        if (pairs + driven.length <= maxPairs) found = driven;
        pairs += driven.length;
      }
      links.push(found);
      yield;
    }
    return new EvidenceLinks(graph, nodes, links);
  }

  /** The conditions presenting with `symptom`, factor its specificity for each. */
  presenting(symptom: Entity): readonly Link[] {
    const n = this.nodes.numberOf(symptom.id);
    return (n >= 0 ? this.links[n] : null) ?? presentingConditions(this.graph, symptom);
  }

  /** The conditions `cause` (a cause or mechanism) drives, factor its reach to each. */
  driven(cause: Entity): readonly Link[] {
    const n = this.nodes.numberOf(cause.id);
    return (n >= 0 ? this.links[n] : null) ?? drivenConditions(this.graph, cause);
  }

  /** Whether the links of `cause` are kept (else {@link driven} finds them at each call). */
  keepsDriven(cause: Entity): boolean {
    const n = this.nodes.numberOf(cause.id);
    return n >= 0 && this.links[n] != null;
  }
}

/** Specificity of evidence at one of `alternatives` edges of its kind. */
export function specificity(edge: Edge, alternatives: number): number {
  return edge.common ? 1 : 1 / Math.sqrt(Math.max(1, alternatives));
}

function presentingConditions(graph: KnowledgeGraph, symptom: Entity): Link[] {
  const edges = edgesAt(graph, symptom.id, "INCOMING", ["PRESENTS_WITH"]);
  const links: Link[] = [];
  for (const { edge, other } of edges)
    if (other.kind === "CONDITION")
      links.push({ condition: other, factor: specificity(edge, edges.length) });
  return links;
}

/** Conditions a cause drives through CAUSES hops (via causes and mechanisms), with reach 0..1. */
function drivenConditions(graph: KnowledgeGraph, start: Entity): Link[] {
  const reached = new Map<Condition, number>();
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
  return [...reached].map(([condition, factor]) => ({ condition, factor }));
}
