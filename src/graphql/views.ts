import type { GraphStats } from "../graph/index.js";
import type { Edge, Entity, EntityKind, WarningSignList } from "../graph/model.js";

/** A document's warning-sign list (GraphQL `WarningSignList`). */
export interface WarningSignListView {
  /** Id of the document that holds the list. */
  readonly doc: string;
  readonly list: WarningSignList;
}

/** An edge seen from one end (GraphQL `Relationship`). */
export interface RelationshipView {
  readonly edge: Edge;
  readonly direction: "OUTGOING" | "INCOMING";
  readonly other: Entity;
}

/** A page of entities (GraphQL `EntityConnection`). */
export interface EntityConnectionView {
  readonly totalCount: number;
  readonly edges: readonly EntityEdgeView[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/** An entity with its cursor (GraphQL `EntityEdge`). */
export interface EntityEdgeView {
  readonly cursor: string;
  readonly node: Entity;
}

/** Graph counts with the data version (GraphQL `GraphStats`). */
export interface GraphStatsView extends GraphStats {
  readonly version: string;
}

/** A count of entities of one kind. */
export interface KindCountView {
  readonly kind: EntityKind;
  readonly count: number;
}
