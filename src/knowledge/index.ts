// The types of what the knowledge base answers, so that the GraphQL layer (and its
// generated resolver types) name them through this one door.
export type {
  Advice,
  BodyStructure,
  Cause,
  Condition,
  Entity,
  EntityKind,
  Mechanism,
  Relation,
  SourceRef,
  Symptom,
  Treatment,
  VocabularySite,
} from "../graph/index.js";
export type { SearchHit, Suggestion } from "../search/index.js";
export type {
  CausalPath,
  ConditionMatch,
  Evidence,
  PathStep,
  PlanItem,
  Question,
  RootCause,
  TracedCondition,
  TraceMatch,
  TraceResult,
  Triage,
} from "../trace/index.js";
export type { Finding, Understanding } from "../understand/index.js";
export type { EntityRange, EntityRangeArgs } from "./entityRange.js";
export {
  buildKnowledgeBase,
  type KindCount,
  KnowledgeBase,
  type KnowledgeParts,
  type KnowledgeStats,
  loadKnowledgeBase,
  type WarningSigns,
} from "./KnowledgeBase.js";
export { KnowledgeBaseHolder } from "./KnowledgeBaseHolder.js";
export type { Direction, Relationship } from "./relationships.js";
export {
  RELOAD_DEFAULTS,
  type ReloadOptions,
  type ReloadReport,
  reloadKnowledgeBase,
  reloadWorkerHeapMiB,
} from "./reloadKnowledgeBase.js";
