import type { Resolvers } from "./generated/resolversTypes.js";

/**
 * Resolvers of the types a trace returns. Only PathStep needs any: its relation,
 * explanation and sources live on the edge it walks. Every other field is read as it is
 * from the trace result, which graphql-jit compiles to a plain property read (a resolver
 * per field would cost a call, and a copied list an allocation, on each of the hundreds
 * of fields in a trace's answer).
 */
export const traceResolvers: Resolvers = {
  Understanding: {
    understood: (u) => u.findings.some((f) => f.entity !== null),
  },
  BodySite: {
    structure: (s, _a, { kb }) => (s.structure === null ? null : kb.bodyStructure(s.structure)),
  },
  PathStep: {
    relation: (s) => s.edge.relation,
    explanation: (s) => s.edge.explanation,
    sources: (s) => s.edge.sources,
  },
};
