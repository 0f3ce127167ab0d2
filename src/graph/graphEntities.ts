import type { KnowledgeGraph } from "./buildGraph.js";
import type { Entity } from "./model.js";

/**
 * Every entity of the graph, in its node order (sorted by id, see buildGraph): a new
 * array, the caller's to keep or change.
 */
export function graphEntities(graph: KnowledgeGraph): Entity[] {
  return graph.mapNodes((_id, { entity }) => entity);
}
