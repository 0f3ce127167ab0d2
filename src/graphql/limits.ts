// The trace defaults file imports nothing, so the explorer can bundle these bounds.
import { TRACE_DEFAULTS } from "../trace/traceDefaults.js";

/**
 * Bounds and defaults of the arguments, in one place: the schema's descriptions quote them
 * and its default values equal them (tests/api/schemaDefaults.test.ts checks both), the
 * resolvers check against them, and the explorer reads them.
 */
export const LIMITS = {
  /** `entities(first/last)`; 20 when neither is given. */
  pageSize: { min: 1, max: 100, default: 20 },
  /** `nodes(ids)`. */
  nodeIds: { min: 1, max: 100 },
  /** `search(limit)`. */
  searchLimit: { min: 1, max: 50, default: 10 },
  /** `search(offset)`. */
  searchOffset: { min: 0, max: 1000, default: 0 },
  /** Characters of `search(query)` and `searchFacets(query)`. */
  queryLength: 500,
  /** `suggest(limit)`. */
  suggestLimit: { min: 1, max: 20, default: 8 },
  /** Characters of `suggest(prefix)`. */
  prefixLength: 100,
  /** Inputs of `trace(symptoms, complaints)`, together. */
  traceSymptoms: { min: 1, max: 20 },
  /** Characters of each trace input. */
  traceInputLength: 200,
  /** `trace(limit)`: conditions and root causes. */
  traceLimit: { min: 1, max: 50, default: TRACE_DEFAULTS.limit },
  /** `trace(maxDepth)` and `Condition.rootCauses(maxDepth)`: hops up the chain. */
  traceDepth: { min: 1, max: 10, default: TRACE_DEFAULTS.maxDepth },
  /** `Condition.rootCauses(limit)`. */
  rootCausesLimit: { min: 1, max: 50, default: 5 },
  /** `trace(evidence)`: answers to earlier questions. */
  traceEvidence: { min: 0, max: 50 },
  /** `trace(questions)`. */
  traceQuestions: { min: 0, max: 5, default: 3 },
  /** Characters of `understand(text)`. */
  understandLength: 500,
} as const;
