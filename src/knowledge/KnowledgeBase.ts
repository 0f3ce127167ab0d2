import { performance } from "node:perf_hooks";
import {
  buildGraphSteps,
  type GraphData,
  type GraphStats,
  graphStats,
  type KnowledgeGraph,
  loadGraphData,
  type ReadOptions,
  runSteps,
  type Steps,
} from "../graph/index.js";
import { SearchIndex } from "../search/index.js";
import { TraceEngine } from "../trace/index.js";
import { ComplaintReader } from "../understand/index.js";

/**
 * Everything the API serves, built once from one graph-data folder and never changed
 * afterwards: a reload builds a new KnowledgeBase and swaps it in whole.
 */
export interface KnowledgeBase {
  readonly data: GraphData;
  readonly graph: KnowledgeGraph;
  readonly search: SearchIndex;
  readonly tracer: TraceEngine;
  /** Reads a runner's complaint into findings (what `understand` and `trace` use). */
  readonly reader: ComplaintReader;
  readonly stats: GraphStats;
  /** Content hash of the graph-data files. */
  readonly version: string;
  /** When it was built. */
  readonly loadedAt: Date;
  /** How long loading, validating and indexing took, in milliseconds. */
  readonly loadMs: number;
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
  const search = yield* SearchIndex.build(data.entities, data.synonyms, (id) =>
    graph.neighbors(id),
  );
  // The reader's lexicon is as large as the vocabulary (bounded by the graph-data limits):
  // one step.
  const reader = new ComplaintReader(data);
  yield;
  const tracer = yield* TraceEngine.build(graph, reader, data.documents);
  const stats = graphStats(data);
  return {
    data,
    graph,
    search,
    tracer,
    reader,
    stats,
    version: data.version,
    loadedAt: new Date(),
    loadMs: performance.now() - started,
  };
}
