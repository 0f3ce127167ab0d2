import type { BodyStructure, KnowledgeGraph } from "../graph/index.js";
import { type EdgeAt, edgesAt, entityAt } from "../graph/index.js";

/**
 * The kinetic chain from a body structure upward to its top: `from` first, then each
 * structure above it (see {@link chainStepsUp}) up to one with nothing above. Where
 * several structures sit above, the shortest way to a top wins (ties by id): breadth-first
 * search, so cost follows the chain's size. Null when `from` is not a body structure.
 */
export function kineticChain(graph: KnowledgeGraph, from: string): BodyStructure[] | null {
  const start = entityAt(graph, from);
  if (start?.kind !== "BODY_STRUCTURE") return null;
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      const above = chainStepsUp(graph, id);
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

/**
 * Ids of the structures one step above `id` on the chain, sorted: those UPSTREAM_OF it;
 * or, for a structure with none (a part such as the MCL), the wholes it is PART_OF, so a
 * part joins the chain where its whole sits.
 */
export function chainStepsUp(graph: KnowledgeGraph, id: string): string[] {
  const ids = (edges: readonly EdgeAt[]) => edges.map((e) => e.other.id).sort();
  const upstream = ids(edgesAt(graph, id, "INCOMING", ["UPSTREAM_OF"]));
  return upstream.length > 0 ? upstream : ids(edgesAt(graph, id, "OUTGOING", ["PART_OF"]));
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
    .map((id) => entityAt(graph, id))
    .filter((e): e is BodyStructure => e?.kind === "BODY_STRUCTURE");
}
