import type { KnowledgeGraph } from "./buildGraph.js";
import type { Entity } from "./model.js";

/**
 * The entity of node `id`, or null when the graph has no such node: the one way other
 * layers look a node up, so they need not know the graph is graphology's.
 */
export function entityAt(graph: KnowledgeGraph, id: string): Entity | null {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, "entity") : null;
}
