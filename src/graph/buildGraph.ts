import { MultiDirectedGraph } from "graphology";
import type { Edge, Entity, GraphData } from "./model.js";
import { runSteps, type Steps, sortSteps } from "./steps.js";

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
  return runSteps(buildGraphSteps(data));
}

/** {@link buildGraph} one node or edge per step (see Steps). */
export function* buildGraphSteps(data: GraphData): Steps<KnowledgeGraph> {
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const ids = yield* sortSteps([...data.entities.keys()], (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ids) {
    const entity = data.entities.get(id);
    if (entity !== undefined) graph.addNode(id, { entity });
    yield;
  }
  for (const edge of data.edges) {
    graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, { edge });
    yield;
  }
  return graph;
}
