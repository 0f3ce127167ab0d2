import { performance } from "node:perf_hooks";
import {
  buildGraph,
  type GraphData,
  type GraphStats,
  graphStats,
  type KnowledgeGraph,
  loadGraphData,
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
 * of the service.
 * @throws GraphDataError listing every problem when the data is not sound.
 */
export async function loadKnowledgeBase(dir: string): Promise<KnowledgeBase> {
  const started = performance.now();
  const data = await loadGraphData(dir);
  return buildKnowledgeBase(data, started);
}

/** Builds a knowledge base from already validated graph data. */
export function buildKnowledgeBase(data: GraphData, started = performance.now()): KnowledgeBase {
  const graph = buildGraph(data);
  const search = new SearchIndex(data.entities, data.synonyms, (id) => graph.neighbors(id));
  const reader = new ComplaintReader(data);
  const tracer = new TraceEngine(graph, reader);
  return {
    data,
    graph,
    search,
    tracer,
    reader,
    stats: graphStats(data),
    version: data.version,
    loadedAt: new Date(),
    loadMs: performance.now() - started,
  };
}
