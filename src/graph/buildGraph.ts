import { MultiDirectedGraph } from "graphology";
import type { Edge, Entity, GraphData } from "./model.js";

/** Node attributes in the graphology graph. */
export interface NodeAttributes {
  readonly entity: Entity;
}

/** Edge attributes in the graphology graph. */
export interface EdgeAttributes {
  readonly edge: Edge;
}

/** The knowledge graph: a directed multigraph of entities, keyed by entity id. */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/**
 * Builds the graphology graph from validated graph data. Nodes are keyed by entity id,
 * edges by `from|RELATION|to`; nodes are added in sorted id order so that iteration is
 * deterministic.
 */
export function buildGraph(data: GraphData): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const id of [...data.entities.keys()].sort()) {
    const entity = data.entities.get(id);
    if (entity !== undefined) graph.addNode(id, { entity });
  }
  for (const edge of data.edges) {
    graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, { edge });
  }
  return graph;
}
