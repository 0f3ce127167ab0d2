import type { KnowledgeGraph } from "./buildGraph.js";
import type { Edge, Entity, Relation } from "./model.js";

/** An edge seen from one of its ends: the edge and the entity at its other end. */
export interface EdgeAt {
  readonly edge: Edge;
  readonly other: Entity;
}

/**
 * The edges at `id` going `out` (it is their source) or `in` (it is their target),
 * optionally only those of the given relations, in the graph's insertion order. The one
 * way every layer walks the graph one hop.
 */
export function edgesAt(
  graph: KnowledgeGraph,
  id: string,
  direction: "in" | "out",
  relations: readonly Relation[] | null = null,
): EdgeAt[] {
  const out: EdgeAt[] = [];
  const keep = (edge: Edge) => relations === null || relations.includes(edge.relation);
  if (direction === "in") {
    graph.forEachInEdge(id, (_k, { edge }, _s, _t, source) => {
      if (keep(edge)) out.push({ edge, other: source.entity });
    });
  } else {
    graph.forEachOutEdge(id, (_k, { edge }, _s, _t, _sa, target) => {
      if (keep(edge)) out.push({ edge, other: target.entity });
    });
  }
  return out;
}
