import type { Entity } from "../graph/index.js";
import type { KindCount, KnowledgeStats, Relationship, WarningSigns } from "../knowledge/index.js";

/** A document's warning-sign list (GraphQL `WarningSignList`). */
export type WarningSignListView = WarningSigns;

/** An edge seen from one end (GraphQL `Relationship`). */
export type RelationshipView = Relationship;

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
export type GraphStatsView = KnowledgeStats;

/** A count of entities of one kind (GraphQL `KindCount`). */
export type KindCountView = KindCount;
