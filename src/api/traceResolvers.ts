import type { Resolvers } from "./generated/resolversTypes.js";

/** Resolvers of the types a trace returns (lists copied to mutable arrays for graphql-js typing). */
export const traceResolvers: Resolvers = {
  TraceResult: {
    matched: (r) => [...r.matched],
    unmatched: (r) => [...r.unmatched],
    conditions: (r) => [...r.conditions],
    rootCauses: (r) => [...r.rootCauses],
    treatments: (r) => [...r.treatments],
  },
  ConditionMatch: {
    matchedSymptoms: (c) => [...c.matchedSymptoms],
  },
  RootCause: {
    paths: (r) => [...r.paths],
  },
  CausalPath: {
    steps: (p) => [...p.steps],
  },
  PathStep: {
    relation: (s) => s.edge.relation,
    explanation: (s) => s.edge.explanation,
    sources: (s) => [...s.edge.sources],
  },
  PlanItem: {
    addresses: (p) => [...p.addresses],
  },
  Triage: {
    reasons: (t) => [...t.reasons],
  },
};
