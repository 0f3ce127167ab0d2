import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  type ValidationRule,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { maxAliasesRule, maxDepthRule, maxDirectivesRule } from "./documentLimits.js";
import { ErrorCode } from "./errors.js";
import { memoizeCost, SIZE_ARGUMENTS } from "./memoizeCost.js";

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
  /** Estimated cost: each field costs 1 plus, for a list, its size times its children's cost. */
  maxCost: 20_000,
  /** Assumed size of a list field without a `first`/`limit` argument. */
  defaultListSize: 10,
  /**
   * Cost limit of an operation that only introspects (__schema, __type): the standard
   * introspection query costs about 50 000, while nesting `fields { type { fields … } }`
   * costs millions.
   */
  maxIntrospectionCost: 100_000,
} as const;

/** Own cost of fields that compute more than they return (searches and graph walks). */
const FIELD_COSTS: Readonly<Record<string, number>> = {
  "Query.trace": 500,
  "Condition.rootCauses": 200,
  "Query.search": 20,
  "Query.searchFacets": 20,
};

/** Assumed sizes of list fields that are short by construction. */
const LIST_SIZES: Readonly<Record<string, number>> = {
  "RootCause.paths": 3,
  "CausalPath.steps": 6,
  "TraceResult.questions": 5,
};

/**
 * Cost of a field: 1, plus for a list its size (a size argument, `first` or `limit`, a known
 * size, or {@link QUERY_LIMITS.defaultListSize}) times the cost of one element. Lists of
 * scalars cost 1.
 */
const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = FIELD_COSTS[`${type.name}.${field.name}`] ?? 1;
  const returns = getNullableType((field as GraphQLField<unknown, unknown>).type);
  if (!isListType(returns) || isScalarType(getNamedType(returns))) return own + childComplexity;
  const given = SIZE_ARGUMENTS.find((name) => typeof args[name] === "number");
  const size =
    given === undefined
      ? (LIST_SIZES[`${type.name}.${field.name}`] ?? QUERY_LIMITS.defaultListSize)
      : Number(args[given]);
  return own + size * childComplexity;
};

/**
 * The estimated cost of an operation (see {@link QUERY_LIMITS.maxCost}), or null when its
 * variables do not fit the operation.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: [listAwareEstimator],
    });
  } catch {
    return null;
  }
}

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

/**
 * Rejects a document whose estimated cost is over {@link QUERY_LIMITS.maxCost} with
 * QUERY_TOO_COMPLEX (HTTP 400), after variables are known (so `first: $n` counts).
 */
function costLimitPlugin(): ApolloServerPlugin {
  const overLimit = memoizeCost(estimateCost);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const limit = introspectsOnly(document, operationName)
            ? QUERY_LIMITS.maxIntrospectionCost
            : QUERY_LIMITS.maxCost;
          // null also for variables that do not fit: execution reports them as BAD_USER_INPUT.
          const estimated = overLimit(
            schema,
            document,
            request.variables ?? {},
            operationName,
            limit,
          );
          if (estimated !== null) {
            throw new GraphQLError(
              `query too complex: estimated cost ${estimated} is over the limit of ${limit}: ask for fewer fields, smaller lists (first/limit) or less nesting`,
              {
                extensions: {
                  code: ErrorCode.QUERY_TOO_COMPLEX,
                  cost: estimated,
                  limit,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

/**
 * Rejects a mutation or subscription at validation time: the schema has only queries,
 * and graphql-js 16 would otherwise fail at execution with an unclassified error.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === "query"
        ? schema.getQueryType()
        : node.operation === "mutation"
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (root == null) {
      context.reportError(
        new GraphQLError(`this API has no ${node.operation} operations: send a query`, {
          nodes: [node],
        }),
      );
    }
  },
});

/**
 * The query-limit plugins and validation rules to add to the Apollo server. Depth,
 * aliases and directives are validation rules (GRAPHQL_VALIDATION_FAILED, HTTP 400) of our
 * own: graphql-armor's either throw, which Apollo answers with a 500, or, told not to,
 * recurse without end through fragment cycles. Cost is a plugin, as it needs the
 * variables. Tokens are limited by graphql-js itself (`parseOptions.maxTokens`,
 * GRAPHQL_PARSE_FAILED, 400).
 */
export function queryLimits(): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  return {
    plugins: [costLimitPlugin()],
    validationRules: [
      maxDepthRule(QUERY_LIMITS.maxDepth),
      maxAliasesRule(QUERY_LIMITS.maxAliases),
      maxDirectivesRule(QUERY_LIMITS.maxDirectives),
      knownOperationTypesRule,
    ],
  };
}
