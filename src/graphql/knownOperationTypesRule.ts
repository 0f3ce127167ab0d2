import { GraphQLError, type ValidationRule } from "graphql";

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
