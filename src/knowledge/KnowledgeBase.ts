import { performance } from "node:perf_hooks";
import {
  type Advice,
  type BodyStructure,
  buildGraphSteps,
  type Entity,
  type EntityKind,
  type GraphData,
  type GraphStats,
  graphStats,
  type KnowledgeGraph,
  loadGraphData,
  type ReadOptions,
  type Relation,
  runSteps,
  type SourceDocument,
  type Steps,
  type Symptom,
  type Treatment,
  type WarningSignList,
} from "../graph/index.js";
import {
  type SearchHit,
  SearchIndex,
  type SearchOptions,
  type Suggestion,
} from "../search/index.js";
import { kineticChain, TraceEngine, type TraceOptions, type TraceResult } from "../trace/index.js";
import { ComplaintReader, type Understanding } from "../understand/index.js";
import { type EntityRange, type EntityRangeArgs, entityRange, sortedById } from "./entityRange.js";
import { type Direction, type Relationship, related, relationships } from "./relationships.js";

/** The graph's counts and the data version they were taken on (GraphQL `GraphStats`). */
export interface KnowledgeStats extends GraphStats {
  /** Content hash of the graph-data files. */
  readonly version: string;
}

/** A document's warning-sign list (GraphQL `WarningSignList`). */
export interface WarningSigns {
  /** Id of the document that holds the list. */
  readonly doc: string;
  readonly list: WarningSignList;
}

/** How many hits of one kind a search has (GraphQL `KindCount`). */
export interface KindCount {
  readonly kind: EntityKind;
  readonly count: number;
}

/** The parts a knowledge base is built from (see buildKnowledgeBaseSteps). */
export interface KnowledgeParts {
  /** The validated graph-data. */
  readonly data: GraphData;
  /** The graphology graph built from it. */
  readonly graph: KnowledgeGraph;
  /** The MiniSearch index over its entities and synonyms. */
  readonly searchIndex: SearchIndex;
  /** The trace engine over the graph. */
  readonly tracer: TraceEngine;
  /** The complaint reader over its vocabulary and findings. */
  readonly reader: ComplaintReader;
  /** How long loading, validating and indexing took, in milliseconds. */
  readonly loadMs: number;
}

/**
 * Everything the API serves, built once from one graph-data folder and never changed
 * afterwards (a reload builds a new one and swaps it in whole): the read model. The GraphQL
 * layer asks it questions through its methods and never reaches the parts; the parts stay
 * readable for the command line, tests and benchmarks.
 */
export class KnowledgeBase implements KnowledgeParts {
  readonly data: GraphData;
  readonly graph: KnowledgeGraph;
  /** The MiniSearch index behind search, facets and suggest. */
  readonly searchIndex: SearchIndex;
  readonly tracer: TraceEngine;
  /** Reads a runner's complaint into findings (what `understand` and `trace` use). */
  readonly reader: ComplaintReader;
  readonly stats: KnowledgeStats;
  /** Content hash of the graph-data files. */
  readonly version: string;
  /** When it was built. */
  readonly loadedAt = new Date();
  /** How long loading, validating and indexing took, in milliseconds. */
  readonly loadMs: number;
  /** Entities of each kind (and of all, under null) in id order, sorted when first asked. */
  private readonly sorted = new Map<EntityKind | null, Entity[]>();

  /** A knowledge base over `parts`, built together from one GraphData (buildKnowledgeBaseSteps). */
  constructor(parts: KnowledgeParts) {
    ({ data: this.data, graph: this.graph, searchIndex: this.searchIndex } = parts);
    ({ tracer: this.tracer, reader: this.reader, loadMs: this.loadMs } = parts);
    this.version = parts.data.version;
    this.stats = { ...graphStats(parts.data), version: this.version };
  }

  /** The entity with this id, or null. */
  entity(id: string): Entity | null {
    return this.data.entities.get(id) ?? null;
  }

  /** The body structure with this id, or null (none, or not a body structure). */
  bodyStructure(id: string): BodyStructure | null {
    const entity = this.entity(id);
    return entity?.kind === "BODY_STRUCTURE" ? entity : null;
  }

  /** Every entity of `kind` (null: of every kind), in id order. */
  entities(kind: EntityKind | null): readonly Entity[] {
    let list = this.sorted.get(kind);
    if (list === undefined) {
      list = sortedById(
        [...this.data.entities.values()].filter((e) => kind === null || e.kind === kind),
      );
      this.sorted.set(kind, list);
    }
    return list;
  }

  /** A slice of {@link entities} (see EntityRangeArgs); `defaultSize` when no size is given. */
  entityRange(kind: EntityKind | null, args: EntityRangeArgs, defaultSize: number): EntityRange {
    return entityRange(this.entities(kind), args, defaultSize);
  }

  /**
   * Edges at `id` with one of `relations` (null: any) in `direction` (null: both), sorted
   * by relation, direction, then id; none for an unknown id.
   */
  relationships(
    id: string,
    relations: readonly Relation[] | null,
    direction: Direction | null,
  ): Relationship[] {
    return this.entity(id) === null ? [] : relationships(this.graph, id, relations, direction);
  }

  /**
   * Entities at the other end of `id`'s edges of `relations` in `direction`, each once,
   * relation by relation, sorted by id; only those of `kind` when given; none for an
   * unknown id.
   */
  related(id: string, relations: readonly Relation[], direction: Direction): Entity[];
  related<K extends EntityKind>(
    id: string,
    relations: readonly Relation[],
    direction: Direction,
    kind: K,
  ): Extract<Entity, { kind: K }>[];
  related(
    id: string,
    relations: readonly Relation[],
    direction: Direction,
    kind?: EntityKind,
  ): Entity[] {
    const all = this.entity(id) === null ? [] : related(this.graph, id, relations, direction);
    return kind === undefined ? all : all.filter((e) => e.kind === kind);
  }

  /** Treatments that treat or prevent `id`, in the order of a trace's plan: phase, then id. */
  treatmentsOf(id: string): Treatment[] {
    const target = this.entity(id);
    return target === null ? [] : this.tracer.plan([target]).map((item) => item.treatment);
  }

  /** The kinetic chain from body structure `id` upward, `id` first; null when `id` is not one. */
  kineticChain(id: string): BodyStructure[] | null {
    return kineticChain(this.graph, id);
  }

  /** The source document with this id (every cited one exists: checked at load). */
  document(id: string): SourceDocument | undefined {
    return this.data.documents.get(id);
  }

  /** The warning-sign list `symptom` is on, or null. */
  warningSignsOf(symptom: Symptom): WarningSigns | null {
    const doc = symptom.warningSignOf === null ? undefined : this.document(symptom.warningSignOf);
    return doc?.warningSigns ? { doc: doc.id, list: doc.warningSigns } : null;
  }

  /**
   * The ADVICE entry with this id.
   * @throws Error when there is none: unreachable with loaded data (the loader checks
   *   every warning-sign list names an ADVICE entry).
   */
  advice(id: string): Advice {
    const advice = this.entity(id);
    if (advice?.kind !== "ADVICE") throw new Error(`no advice entry "${id}"`);
    return advice;
  }

  /** Full-text search, best hit first (see SearchIndex.search). */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.searchIndex.search(query, options);
  }

  /** Counts of search hits by kind for `query`, most first (ties by kind); `meter` as for search. */
  facets(query: string, meter?: (terms: number) => void): KindCount[] {
    return [...this.searchIndex.facets(query, meter)]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  }

  /** Completions for a typed prefix, best first. */
  suggest(prefix: string, limit?: number): Suggestion[] {
    return this.searchIndex.suggest(prefix, limit);
  }

  /** Traces `inputs` (entity ids or free text) up the chain (see TraceEngine.trace). */
  trace(inputs: readonly string[], options: TraceOptions = {}): TraceResult {
    return this.tracer.trace(inputs, options);
  }

  /** Root causes of one condition (see TraceEngine.rootCausesOf). */
  rootCausesOf(condition: Entity, options: TraceOptions = {}) {
    return this.tracer.rootCausesOf(condition, options);
  }

  /** What the complaint reader makes of one complaint. */
  understand(text: string): Understanding {
    return this.reader.read(text);
  }
}

/**
 * Loads graph-data from `dir`, validates it, and builds the graphology graph, the
 * MiniSearch index, the complaint reader and the trace engine: the one composition point
 * of the service. `options.limits` bounds the data (default: DEFAULT_GRAPH_DATA_LIMITS).
 * @throws GraphDataError listing every problem when the data is not sound or too large.
 */
export async function loadKnowledgeBase(
  dir: string,
  options: ReadOptions = {},
): Promise<KnowledgeBase> {
  const started = performance.now();
  const data = await loadGraphData(dir, options);
  return buildKnowledgeBase(data, started);
}

/** Builds a knowledge base from already validated graph data, at once. */
export function buildKnowledgeBase(data: GraphData, started = performance.now()): KnowledgeBase {
  return runSteps(buildKnowledgeBaseSteps(data, started));
}

/**
 * {@link buildKnowledgeBase} one entity, edge or synonym group per step (see Steps), so
 * that a reload can build it between requests (see reloadKnowledgeBase).
 */
export function* buildKnowledgeBaseSteps(
  data: GraphData,
  started = performance.now(),
): Steps<KnowledgeBase> {
  const graph = yield* buildGraphSteps(data);
  const searchIndex = yield* SearchIndex.build(data.entities, data.synonyms, (id) =>
    graph.neighbors(id),
  );
  // The reader's lexicon is as large as the vocabulary (bounded by the graph-data limits):
  // one step.
  const reader = new ComplaintReader(data);
  yield;
  const tracer = yield* TraceEngine.build(graph, reader, data.documents, data.findings);
  return new KnowledgeBase({
    data,
    graph,
    searchIndex,
    tracer,
    reader,
    loadMs: performance.now() - started,
  });
}
