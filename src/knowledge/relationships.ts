import {
  type Direction,
  type Edge,
  type Entity,
  edgesAt,
  type KnowledgeGraph,
  type Relation,
} from "../graph/index.js";

/** Which end of an edge an entity is (src/graph's words, the API's `Direction`). */
export type { Direction };

/** An edge seen from one of its ends (GraphQL `Relationship`). */
export interface Relationship {
  readonly edge: Edge;
  readonly direction: Direction;
  /** The entity at the other end. */
  readonly other: Entity;
}

/**
 * Edges at `id`, only those of `relations` (null: all) in `direction` (null: both),
 * sorted by relation, direction, then the other end's id.
 */
export function relationships(
  graph: KnowledgeGraph,
  id: string,
  relations: readonly Relation[] | null,
  direction: Direction | null,
): Relationship[] {
  const out: Relationship[] = [
    ...(direction === "INCOMING" ? [] : edgesAt(graph, id, "OUTGOING", relations)).map((e) => ({
      ...e,
      direction: "OUTGOING" as const,
    })),
    ...(direction === "OUTGOING" ? [] : edgesAt(graph, id, "INCOMING", relations)).map((e) => ({
      ...e,
      direction: "INCOMING" as const,
    })),
  ];
  return out.sort(
    (a, b) =>
      a.edge.relation.localeCompare(b.edge.relation) ||
      a.direction.localeCompare(b.direction) ||
      a.other.id.localeCompare(b.other.id),
  );
}

/**
 * Entities linked to `id` by one of `relations` in `direction`: targets of its outgoing
 * edges, or sources of its incoming ones; for each relation in turn sorted by id, each
 * entity once (at its first place).
 */
export function related(
  graph: KnowledgeGraph,
  id: string,
  relations: readonly Relation[],
  direction: Direction,
): Entity[] {
  const each = relations.flatMap((r) => relationships(graph, id, [r], direction));
  return [...new Set(each.map((r) => r.other))];
}
