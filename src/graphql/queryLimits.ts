import type { ApolloServerPlugin as Plugin } from "@apollo/server";
import {
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  type ValidationRule,
} from "graphql";
import type { Context } from "./context.js";
import type { CostGate } from "./costGate.js";
import {
  maxAliasesRule,
  maxDepthRule,
  maxDirectivesRule,
  maxRepeatedFieldsRule,
  maxSchemaFieldsRule,
} from "./documentLimits.js";
import { DEFAULT_SERVICE_LIMITS } from "./serviceLimits.js";

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
  /** `__schema` fields in a document (see maxSchemaFieldsRule): the standard introspection query has one. */
  maxSchemaFields: 1,
  /**
   * Comparisons of same-named fields graphql-js's OverlappingFieldsCanBeMerged would make
   * (see maxRepeatedFieldsRule: pairs of fields of one response name in a selection set,
   * each weighed by the product of their sizes): 30 × `stats { nodeCount }` costs 1 740, a
   * contract operation 0 (no name twice in a selection).
   */
  maxRepeatedFields: 20_000,
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
export function introspectsOnly(
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
 * Rejects, with QUERY_TOO_COMPLEX (HTTP 400) after the variables are known (so `first:
 * $n` and a trace's inputs count), an operation the cost gate refuses (see CostGate: the
 * estimated cost over the limit, or too many trace and search fields); a costly one
 * waits there for its client's turn before it runs, and so does a document not seen
 * before, before it is parsed (CostGate.turn).
 */
function costLimitPlugin(gate: CostGate): Plugin<Context> {
  return {
    async requestDidStart() {
      return {
        // Only for a document not in the document store: parsing and validating it is
        // the cost no estimate covers.
        async parsingDidStart({ contextValue }) {
          await gate.turn(contextValue.client);
        },
        async didResolveOperation({ request, document, schema, operationName, contextValue }) {
          const refusal = await gate.admit({
            schema,
            document,
            variables: request.variables ?? {},
            operationName,
            kb: contextValue.kb,
            client: contextValue.client,
          });
          if (refusal !== null) throw refusal;
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
 * variables (one {@link CostGate} per server, shared with the compiled path). Tokens are limited by graphql-js itself (`parseOptions.maxTokens`,
 * GRAPHQL_PARSE_FAILED, 400).
 */
export function queryLimits(gate: CostGate): {
  plugins: Plugin<Context>[];
  validationRules: ValidationRule[];
} {
  return {
    plugins: [costLimitPlugin(gate)],
    validationRules: [
      maxRepeatedFieldsRule(QUERY_LIMITS.maxRepeatedFields),
      maxDepthRule(QUERY_LIMITS.maxDepth),
      maxAliasesRule(QUERY_LIMITS.maxAliases),
      maxDirectivesRule(QUERY_LIMITS.maxDirectives),
      maxSchemaFieldsRule(QUERY_LIMITS.maxSchemaFields),
    ],
  };
}
