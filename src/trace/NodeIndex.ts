import type { Entity, KnowledgeGraph } from "../graph/index.js";
import { graphEntities, type Steps, sortSteps } from "../graph/index.js";

/**
 * The graph's nodes numbered 0..n-1 (in the graph's node order), so a trace's inner loops
 * index arrays instead of hashing ids, and each id's place in `localeCompare` order, so
 * the trace's many "ties by id" compare two integers instead of collating two strings.
 * Built once per knowledge base; its size is linear in the graph's nodes (an entity
 * reference, a map entry and two integers each).
 */
export class NodeIndex {
  /** Node number → its entity. */
  readonly entities: readonly Entity[];
  /**
   * Node number → its id's rank in `localeCompare` order: a.id.localeCompare(b.id) has the
   * sign of rank[a] − rank[b] (ids that collate equal share a rank).
   */
  readonly rank: Int32Array;
  private readonly numbers: ReadonlyMap<string, number>;

  private constructor(entities: readonly Entity[], rank: Int32Array) {
    this.entities = entities;
    this.rank = rank;
    this.numbers = new Map(entities.map((e, i) => [e.id, i]));
  }

  /** Numbers the nodes of `graph`, in steps of a few hundred comparisons (see Steps). */
  static *build(graph: KnowledgeGraph): Steps<NodeIndex> {
    const entities = graphEntities(graph);
    const order = yield* sortSteps(
      entities.map((_, i) => i),
      (a, b) => (entities[a] as Entity).id.localeCompare((entities[b] as Entity).id),
    );
    const rank = new Int32Array(entities.length);
    let previous: Entity | null = null;
    let r = -1;
    for (const i of order) {
      const e = entities[i] as Entity;
      if (previous === null || previous.id.localeCompare(e.id) !== 0) r++;
      rank[i] = r;
      previous = e;
    }
    return new NodeIndex(entities, rank);
  }

  /** How many nodes. */
  get size(): number {
    return this.entities.length;
  }

  /** The number of node `id`, or -1 when the graph has none. */
  numberOf(id: string): number {
    return this.numbers.get(id) ?? -1;
  }

  /**
   * Compares two entities' ids as `a.id.localeCompare(b.id)` would (same sign), by rank
   * when both are nodes of the graph.
   */
  compareIds(a: Entity, b: Entity): number {
    const i = this.numberOf(a.id);
    const j = this.numberOf(b.id);
    if (i < 0 || j < 0) return a.id.localeCompare(b.id);
    return (this.rank[i] as number) - (this.rank[j] as number);
  }
}
