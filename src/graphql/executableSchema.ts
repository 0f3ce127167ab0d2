import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import type { Resolvers } from "./generated/resolversTypes.js";

/** The last schema built, and what it was built from. */
let last: { typeDefs: string; resolvers: Resolvers; schema: GraphQLSchema } | undefined;

/**
 * The executable schema of `typeDefs` with `resolvers`, built once for the same two:
 * Apollo's gateway (jitGateway) and the compiled path (createCompiledPath) each need it
 * when a server is built, and building it is about a twentieth of a start's CPU. Neither
 * changes it. Only the last one is kept (a process builds one server, tests a few).
 */
export function executableSchema(typeDefs: string, resolvers: Resolvers): GraphQLSchema {
  if (last?.typeDefs !== typeDefs || last.resolvers !== resolvers) {
    last = { typeDefs, resolvers, schema: makeExecutableSchema({ typeDefs, resolvers }) };
  }
  return last.schema;
}
