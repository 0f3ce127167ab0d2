import type { Resolvers } from "./generated/resolversTypes.js";

/**
 * Resolvers of the types a trace returns. Few need any: PathStep's relation, explanation
 * and sources live on the edge it walks, and ConditionMatch.matchedEvidence is the trace
 * model's `matchedSymptoms` under the name that says what it holds. Every other field is read as it is
 * from the trace result, which graphql-jit compiles to a plain property read (a resolver
 * per field would cost a call, and a copied list an allocation, on each of the hundreds
 * of fields in a trace's answer).
 */
export const traceResolvers: Resolvers = {
  Understanding: {
    understood: (u) => u.findings.some((f) => f.entity !== null),
    // The reader's own name for it (src/understand/types.ts), given under the schema's word.
    whose: (u) => u.about,
  },
  BodySite: {
    siteId: (s) => s.id,
    structure: (s, _a, { kb }) => (s.structure === null ? null : kb.bodyStructure(s.structure)),
  },
  ConditionMatch: {
    // The trace model's own name for the list (src/trace/types.ts), given under the new one.
    matchedEvidence: (m) => m.matchedSymptoms,
  },
  PathStep: {
    relation: (s) => s.edge.relation,
    explanation: (s) => s.edge.explanation,
    sources: (s) => s.edge.sources,
  },
};
