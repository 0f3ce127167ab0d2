export { buildGraph, buildGraphSteps, type KnowledgeGraph } from "./buildGraph.js";
export { DIRECTIONS, type Direction } from "./Direction.js";
export { type EdgeAt, edgesAt } from "./edgesAt.js";
export * from "./emptyVocabulary.js";
export { entityAt } from "./entityAt.js";
export * from "./FindingProfile.js";
// exportGraph (./exportGraph.js) is not re-exported: only the command line exports the
// graph, and through here every service start would load graphology-gexf and its XML parser.
export { GraphDataError } from "./GraphDataError.js";
export { DEFAULT_GRAPH_DATA_LIMITS, type GraphDataLimits } from "./GraphDataLimits.js";
export { formatProblem, type GraphDataProblem, type ProblemCode } from "./GraphDataProblem.js";
export { GRAPH_DATA_SCHEMA_URL } from "./graphDataSchema.js";
export { graphEntities } from "./graphEntities.js";
export { type GraphStats, graphStats } from "./graphStats.js";
export { type CheckResult, checkGraphData, loadGraphData } from "./loadGraphData.js";
export * from "./model.js";
export type { RawNode } from "./rawTypes.js";
export type { ReadOptions } from "./readGraphFiles.js";
export {
  runSteps,
  runStepsSliced,
  type SliceReport,
  type Steps,
  sortSteps,
} from "./steps.js";
export { toEntity } from "./toEntity.js";
export * from "./vocabulary.js";
