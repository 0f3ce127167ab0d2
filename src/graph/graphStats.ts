import {
  ENTITY_KINDS,
  type EntityKind,
  type GraphData,
  RELATIONS,
  type Relation,
} from "./model.js";

/** Counts of a graph: nodes and edges, by kind and by relation (every kind and relation listed, zero included). */
export interface GraphStats {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly byKind: readonly { readonly kind: EntityKind; readonly count: number }[];
  readonly byRelation: readonly { readonly relation: Relation; readonly count: number }[];
}

/** Counts nodes by kind and edges by relation, in the model's declared order. */
export function graphStats(data: GraphData): GraphStats {
  const kinds = new Map<EntityKind, number>(ENTITY_KINDS.map((k) => [k, 0]));
  const relations = new Map<Relation, number>(RELATIONS.map((r) => [r, 0]));
  for (const e of data.entities.values()) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  for (const e of data.edges) relations.set(e.relation, (relations.get(e.relation) ?? 0) + 1);
  return {
    nodeCount: data.entities.size,
    edgeCount: data.edges.length,
    byKind: ENTITY_KINDS.map((kind) => ({ kind, count: kinds.get(kind) ?? 0 })),
    byRelation: RELATIONS.map((relation) => ({ relation, count: relations.get(relation) ?? 0 })),
  };
}
