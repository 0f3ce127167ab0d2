import { checkEvidence } from "./checkEvidence.js";
import { entityPage } from "./entityPage.js";
import { badUserInput, checkRange, checkText } from "./errors.js";
import type { Resolvers } from "./generated/resolversTypes.js";
import { LIMITS } from "./limits.js";
import { checkTraceInputs } from "./traceInputs.js";

/** Resolvers of Query and of the types only it returns. */
export const queryResolvers: Resolvers = {
  Query: {
    entity: (_p, { id }, { kb }) => kb.entity(id),
    node: (_p, { id }, { kb }) => kb.entity(id),
    nodes: (_p, { ids }, { kb }) => {
      const { min, max } = LIMITS.nodeIds;
      if (ids.length < min || ids.length > max) {
        throw badUserInput("ids", `${ids.length} given: allowed ${min}..${max} ids`);
      }
      return ids.map((id) => kb.entity(id));
    },
    entities: (_p, { kind, ...page }, { kb }) => entityPage(kb, kind ?? null, page),
    search: (_p, { query, kinds, limit, offset }, { kb, budget }) => {
      checkText("query", query, LIMITS.queryLength);
      checkRange("limit", limit, LIMITS.searchLimit.min, LIMITS.searchLimit.max);
      checkRange("offset", offset, LIMITS.searchOffset.min, LIMITS.searchOffset.max);
      return kb.search(query, {
        kinds: kinds ?? null,
        limit,
        offset,
        ...(budget ? { meter: budget.searchMeter } : {}),
      });
    },
    searchFacets: (_p, { query }, { kb, budget }) => {
      checkText("query", query, LIMITS.queryLength);
      return kb.facets(query, budget?.searchMeter);
    },
    suggest: (_p, { prefix, limit }, { kb }) => {
      checkText("prefix", prefix, LIMITS.prefixLength);
      checkRange("limit", limit, LIMITS.suggestLimit.min, LIMITS.suggestLimit.max);
      return kb.suggest(prefix, limit);
    },
    kineticChain: (_p, { from }, { kb }) => {
      const chain = kb.kineticChain(from);
      if (chain === null) {
        throw badUserInput(
          "from",
          `"${from}" is not the id of a body structure: use a BODY_STRUCTURE id such as "knee"`,
        );
      }
      return chain;
    },
    trace: (_p, { symptoms, complaints, limit, maxDepth, evidence, questions }, { kb, budget }) => {
      const inputs = checkTraceInputs(kb, symptoms, complaints);
      checkRange("limit", limit, LIMITS.traceLimit.min, LIMITS.traceLimit.max);
      checkRange("maxDepth", maxDepth, LIMITS.traceDepth.min, LIMITS.traceDepth.max);
      checkRange("questions", questions, LIMITS.traceQuestions.min, LIMITS.traceQuestions.max);
      return kb.trace(inputs, {
        limit,
        maxDepth,
        questions,
        evidence: checkEvidence(kb, evidence ?? []),
        ...(budget ? { meter: budget.traceMeter } : {}),
      });
    },
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
