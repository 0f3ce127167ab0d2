import type { ApolloServerPlugin as Plugin } from "@apollo/server";
import {
  type DocumentNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type ValidationRule,
} from "graphql";
import type { Context } from "./context.js";
import { type Cost, estimateCost } from "./costModel.js";
import { maxAliasesRule, maxDepthRule, maxDirectivesRule } from "./documentLimits.js";
import { ErrorCode } from "./errors.js";
import { FairTurns } from "./FairTurns.js";
import { listBounds } from "./listBounds.js";
import { memoizeCost } from "./memoizeCost.js";
import { DEFAULT_SERVICE_LIMITS, type ServiceLimits } from "./serviceLimits.js";

/**
 * Limits on one GraphQL document. Every contract operation passes with room to spare (a
 * test checks); the largest, Trace, costs about a third of `maxCost`.
 */
export const QUERY_LIMITS = {
  /** Tokens in a document (graphql-js parseOptions.maxTokens): stops 5000-brace bombs before parsing ends. */
  maxTokens: 3000,
  /** Nesting depth of fields: the schema is cyclic (condition → symptom → condition …). */
  maxDepth: 10,
  /** Aliases in a document: stops alias floods that repeat an expensive field. */
  maxAliases: 20,
  /** Directives in a document. */
  maxDirectives: 10,
  /** Estimated cost (see costModel), by default; MAX_COST changes it. */
  maxCost: DEFAULT_SERVICE_LIMITS.maxCost,
  /**
   * Cost limit of an operation that only introspects (__schema, __type): with list sizes
   * the schema's largest (types, fields per type, arguments per field), the standard
   * introspection query costs about 450 000, while nesting `fields { type { fields … } }`
   * costs tens of millions.
   */
  maxIntrospectionCost: 600_000,
} as const;

/** Whether the operation selects only introspection fields at its top level. */
function introspectsOnly(
  document: DocumentNode,
  operationName: string | null | undefined,
): boolean {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION &&
      (operationName == null || d.name?.value === operationName),
  );
  return (
    operation?.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && s.name.value.startsWith("__"),
    ) ?? false
  );
}

/** A QUERY_TOO_COMPLEX error (HTTP 400) with what was measured and the limit. */
function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...extensions, http: { status: 400 } },
  });
}

/**
 * Rejects, with QUERY_TOO_COMPLEX (HTTP 400) after the variables are known (so `first:
 * $n` and a trace's inputs count), an operation whose estimated cost is over the limit or
 * that holds more than {@link ServiceLimits.maxExpensiveFields} trace and search fields.
 * List sizes come from the data the request runs on (see listBounds). A request under the
 * limits that costs at least {@link ServiceLimits.turnCost} waits for its client's turn
 * (see FairTurns) before it runs.
 */
function costLimitPlugin(limits: ServiceLimits): Plugin<Context> {
  const costOf = memoizeCost(limits.costMemoBytes);
  const turns = new FairTurns();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, contextValue }) {
          const kb = contextValue.kb;
          const maxCost = introspectsOnly(document, operationName)
            ? QUERY_LIMITS.maxIntrospectionCost
            : limits.maxCost;
          const over = (c: Cost) =>
            c.cost > maxCost || c.expensiveFields > limits.maxExpensiveFields;
          // null also for variables that do not fit: execution reports them as BAD_USER_INPUT.
          const found = costOf(
            schema,
            document,
            request.variables ?? {},
            operationName,
            kb.version,
            over,
            (s, d, v, o) => estimateCost(s, d, v, o, listBounds(kb, s)),
          );
          if (found === null) return;
          if (!over(found)) {
            const client = contextValue.client;
            if (client !== undefined && found.cost >= limits.turnCost) await turns.turn(client);
            return;
          }
          if (found.expensiveFields > limits.maxExpensiveFields) {
            throw tooComplex(
              `too many trace and search fields: ${found.expensiveFields}, allowed ${limits.maxExpensiveFields}: send the others in separate requests`,
              { expensiveFields: found.expensiveFields, limit: limits.maxExpensiveFields },
            );
          }
          throw tooComplex(
            `query too complex: estimated cost ${found.cost} is over the limit of ${maxCost}: ask for fewer fields, smaller lists (first/limit), fewer trace inputs, shorter searches or less nesting`,
            { cost: found.cost, limit: maxCost },
          );
        },
      };
    },
  };
}

/**
 * The query-limit plugins and validation rules to add to the Apollo server. Depth,
 * aliases and directives are validation rules (GRAPHQL_VALIDATION_FAILED, HTTP 400) of our
 * own: graphql-armor's either throw, which Apollo answers with a 500, or, told not to,
 * recurse without end through fragment cycles. Cost is a plugin, as it needs the
 * variables. Tokens are limited by graphql-js itself (`parseOptions.maxTokens`,
 * GRAPHQL_PARSE_FAILED, 400).
 */
export function queryLimits(limits: ServiceLimits = DEFAULT_SERVICE_LIMITS): {
  plugins: Plugin<Context>[];
  validationRules: ValidationRule[];
} {
  return {
    plugins: [costLimitPlugin(limits)],
    validationRules: [
      maxDepthRule(QUERY_LIMITS.maxDepth),
      maxAliasesRule(QUERY_LIMITS.maxAliases),
      maxDirectivesRule(QUERY_LIMITS.maxDirectives),
    ],
  };
}
