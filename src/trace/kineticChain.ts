import type { KnowledgeGraph } from "../graph/buildGraph.js";
import type { BodyStructure } from "../graph/model.js";

/**
 * The kinetic chain from a body structure upward to its top: `from` first, then each
 * structure above it (UPSTREAM_OF, walked backwards) up to one with none above. Where
 * several structures sit above, the shortest way to a top wins (ties by id): breadth-first
 * search, so cost follows the chain's size. Null when `from` is not a body structure.
 */
export function kineticChain(graph: KnowledgeGraph, from: string): BodyStructure[] | null {
  if (!graph.hasNode(from)) return null;
  const start = graph.getNodeAttribute(from, "entity");
  if (start.kind !== "BODY_STRUCTURE") return null;
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      const above = upstreamOf(graph, id);
      if (above.length === 0) return chainTo(graph, id, parent);
      for (const a of above) {
        if (parent.has(a)) continue;
        parent.set(a, id);
        next.push(a);
      }
    }
    frontier = next;
  }
  return [start];
}

/** Ids of the structures directly above `id` on the chain, sorted. */
export function upstreamOf(graph: KnowledgeGraph, id: string): string[] {
  const out: string[] = [];
  graph.forEachInEdge(id, (_k, { edge }, source) => {
    if (edge.relation === "UPSTREAM_OF") out.push(source);
  });
  return out.sort();
}

function chainTo(
  graph: KnowledgeGraph,
  top: string,
  parent: ReadonlyMap<string, string | null>,
): BodyStructure[] {
  const ids: string[] = [];
  for (let id: string | null | undefined = top; id != null; id = parent.get(id)) ids.push(id);
  return ids
    .reverse()
    .map((id) => graph.getNodeAttribute(id, "entity"))
    .filter((e): e is BodyStructure => e.kind === "BODY_STRUCTURE");
}
