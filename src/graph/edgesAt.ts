import type { KnowledgeGraph } from "./buildGraph.js";
import type { Direction } from "./Direction.js";
import type { Edge, Entity, Relation } from "./model.js";

/** An edge seen from one of its ends: the edge and the entity at its other end. */
export interface EdgeAt {
  readonly edge: Edge;
  readonly other: Entity;
}

type Incident = { [D in Direction]?: readonly EdgeAt[] };

/**
 * Each node's edges, listed the first time a walk asks: graphs are read-only once built
 * (buildGraph is the only writer), so a list never goes stale, and a trace or a search
 * that comes back to a node reads an array instead of graphology's nested edge sets.
 * Per graph, in a WeakMap, so it goes with its knowledge base.
 */
const incidence = new WeakMap<KnowledgeGraph, Map<string, Incident>>();

/**
 * The edges at `id` that are OUTGOING (it is their source) or INCOMING (it is their
 * target), optionally only those of the given relations, in the graph's insertion order.
 * The one way every layer walks the graph one hop. The graph must not change after its
 * first walk.
 */
export function edgesAt(
  graph: KnowledgeGraph,
  id: string,
  direction: Direction,
  relations: readonly Relation[] | null = null,
): EdgeAt[] {
  const all = incidentEdges(graph, id, direction);
  return relations === null ? [...all] : all.filter((e) => relations.includes(e.edge.relation));
}

function incidentEdges(graph: KnowledgeGraph, id: string, direction: Direction): readonly EdgeAt[] {
  let nodes = incidence.get(graph);
  if (nodes === undefined) {
    nodes = new Map();
    incidence.set(graph, nodes);
  }
  let node = nodes.get(id);
  if (node === undefined) {
    node = {};
    nodes.set(id, node);
  }
  const known = node[direction];
  if (known !== undefined) return known;
  const found: EdgeAt[] = [];
  if (direction === "INCOMING") {
    graph.forEachInEdge(id, (_k, { edge }, _s, _t, source) => {
      found.push({ edge, other: source.entity });
    });
  } else {
    graph.forEachOutEdge(id, (_k, { edge }, _s, _t, _sa, target) => {
      found.push({ edge, other: target.entity });
    });
  }
  node[direction] = found;
  return found;
}
