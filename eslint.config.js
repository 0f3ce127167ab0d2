// @ts-check
/**
 * ESLint checks the GraphQL schema only (schema/*.graphql) with @graphql-eslint's
 * schema-recommended and schema-relay rule sets; Biome stays the code linter. `npm test`
 * (scripts/test.js) runs it beside vitest. Where a rule is tuned, the reason is beside it.
 */
import graphqlPlugin from "@graphql-eslint/eslint-plugin";

/** Types that are values inside an answer, not objects a client refetches: no id. */
const VALUE_TYPES = [
  "WarningSignList",
  "Question",
  "Checklist",
  "Relationship",
  "EntityConnection",
  "PageInfo",
  "EntityEdge",
  "SearchHit",
  "Suggestion",
  "KindCount",
  "RelationCount",
  "GraphStats",
  "TraceResult",
  "TraceMatch",
  "ConditionMatch",
  "RootCause",
  "CausalPath",
  "PathStep",
  "PlanItem",
  "Triage",
  "Understanding",
  "Finding",
  "Quantity",
  "MatchedWords",
];

export default [
  {
    files: ["schema/*.graphql"],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: "schema/*.graphql" } },
    },
    plugins: { "@graphql-eslint": graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs["flat/schema-recommended"].rules,
      ...graphqlPlugin.configs["flat/schema-relay"].rules,
      // Our style: one-line descriptions inline, longer ones as blocks; the rule allows one.
      "@graphql-eslint/description-style": "off",
      // "Cause.causedBy" reads as English, not as a type-name prefix; renaming breaks clients.
      "@graphql-eslint/no-typename-prefix": "off",
      "@graphql-eslint/strict-id-in-types": [
        "error",
        { acceptedIdNames: ["id"], acceptedIdTypes: ["ID"], exceptions: { types: VALUE_TYPES } },
      ],
      // Short lists with stated bounds (a trace's conditions, an entity's sources) stay
      // plain lists; only the unbounded listing, entities, is a connection.
      "@graphql-eslint/relay-edge-types": ["error", { listTypeCanWrapOnlyEdgeType: false }],
    },
  },
];
