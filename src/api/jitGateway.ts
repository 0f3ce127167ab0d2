import type { GatewayInterface } from "@apollo/server-gateway-interface";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { GraphQLError, type GraphQLSchema, getVariableValues } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

import { ErrorCode } from "./errors.js";
import type { Resolvers } from "./generated/resolversTypes.js";

/** Most compiled operations kept (the contract has seven; clients rarely many more). */
const COMPILED_CACHE_SIZE = 500;

/**
 * Apollo Server's gateway interface used for one thing: executing with graphql-jit,
 * which compiles each operation once into a plain function instead of interpreting the
 * document on every request. Apollo still parses, validates, applies the query limits
 * and formats errors; variables are coerced here with graphql-js's own rules, so a bad
 * variable is the same 400 BAD_USER_INPUT as without the gateway.
 */
export function jitGateway(typeDefs: string, resolvers: Resolvers): GatewayInterface {
  const schema: GraphQLSchema = makeExecutableSchema({ typeDefs, resolvers });
  const compiled = new Map<string, CompiledQuery>();
  return {
    async load() {
      return {
        executor: async (request) => {
          // Apollo leaves an unknown operation name to the executor in gateway mode.
          if (request.operation === undefined) {
            const name = request.operationName ?? "";
            return {
              errors: [
                new GraphQLError(
                  `Unknown operation named "${name}": send one of the document's operation names`,
                  {
                    extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } },
                  },
                ),
              ],
            };
          }
          const coerced = getVariableValues(
            schema,
            request.operation.variableDefinitions ?? [],
            request.request.variables ?? {},
          );
          if (coerced.errors) {
            return {
              errors: coerced.errors.map(
                (e) =>
                  new GraphQLError(e.message, {
                    nodes: e.nodes,
                    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
                  }),
              ),
            };
          }
          const key = `${request.operationName ?? ""}\u0000${request.source}`;
          let query = compiled.get(key);
          if (query === undefined) {
            const result = compileQuery(
              schema,
              request.document,
              request.operationName ?? undefined,
            );
            if (!isCompiledQuery(result)) return result;
            query = result;
            if (compiled.size >= COMPILED_CACHE_SIZE) compiled.clear();
            compiled.set(key, query);
          }
          return query.query(undefined, request.context, coerced.coerced) as Awaited<
            ReturnType<CompiledQuery["query"]>
          >;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: typeDefs });
      return () => undefined;
    },
    async stop() {},
  };
}
