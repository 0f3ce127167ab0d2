export { buildGraph, type KnowledgeGraph } from "./buildGraph.js";
export { type EdgeAt, edgesAt } from "./edgesAt.js";
export { GraphDataError } from "./GraphDataError.js";
export { formatProblem, type GraphDataProblem, type ProblemCode } from "./GraphDataProblem.js";
export { type GraphStats, graphStats } from "./graphStats.js";
export { type CheckResult, checkGraphData, loadGraphData } from "./loadGraphData.js";
export * from "./model.js";
export type { RawNode } from "./rawTypes.js";
export { toEntity } from "./toEntity.js";
