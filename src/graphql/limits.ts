/** Bounds of the arguments, as the schema's descriptions state them (and the README's API table). */
export const LIMITS = {
  pageSize: { min: 1, max: 100, default: 20 },
  nodeIds: { min: 1, max: 100 },
  searchLimit: { min: 1, max: 50 },
  searchOffset: { min: 0, max: 1000 },
  queryLength: 500,
  suggestLimit: { min: 1, max: 20 },
  prefixLength: 100,
  traceSymptoms: { min: 1, max: 20 },
  traceInputLength: 200,
  traceLimit: { min: 1, max: 50 },
  traceDepth: { min: 1, max: 10 },
  traceEvidence: { min: 0, max: 50 },
  traceQuestions: { min: 0, max: 5 },
  understandLength: 500,
} as const;
