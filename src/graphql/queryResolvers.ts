import {
  nodeIds,
  notABodyStructure,
  searchArguments,
  suggestArguments,
  traceArguments,
} from "./checkArguments.js";
import { entityPage } from "./entityPage.js";
import { checkText } from "./errors.js";
import type { Resolvers } from "./generated/resolversTypes.js";
import { LIMITS } from "./limits.js";

/** Resolvers of Query and of the types only it returns: each asks the KnowledgeBase once. */
export const queryResolvers: Resolvers = {
  Query: {
    entity: (_p, { id }, { kb }) => kb.entity(id),
    node: (_p, { id }, { kb }) => kb.entity(id),
    nodes: (_p, { ids }, { kb }) => nodeIds(ids).map((id) => kb.entity(id)),
    entities: (_p, { kind, ...page }, { kb }) => entityPage(kb, kind ?? null, page),
    search: (_p, args, { kb, budget }) => kb.search(...searchArguments(args, budget)),
    searchFacets: (_p, { query }, { kb, budget }) =>
      kb.facets(checkText("query", query, LIMITS.queryLength), budget?.searchMeter),
    suggest: (_p, args, { kb }) => kb.suggest(...suggestArguments(args)),
    kineticChain: (_p, { from }, { kb }) => kb.kineticChain(from) ?? notABodyStructure(from),
    trace: (_p, args, { kb, budget }) => kb.trace(...traceArguments(kb, args, budget)),
    understand: (_p, { text }, { kb }) =>
      kb.understand(checkText("text", text, LIMITS.understandLength)),
    stats: (_p, _a, { kb }) => kb.stats,
  },
  EntityConnection: {
    pageInfo: (c) => ({
      hasNextPage: c.hasNextPage,
      hasPreviousPage: c.hasPreviousPage,
      startCursor: c.edges[0]?.cursor ?? null,
      endCursor: c.edges.at(-1)?.cursor ?? null,
    }),
  },
};
