import type { GatewayInterface } from "@apollo/server-gateway-interface";
import {
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import { AdmittingCache } from "../cache/AdmittingCache.js";
import { resultRanBefore } from "./compiled/handOver.js";
import { compiledSize } from "./compiledSize.js";
import { ErrorCode } from "./errors.js";
import { executableSchema } from "./executableSchema.js";
import type { Resolvers } from "./generated/resolversTypes.js";

/**
 * Heap a compiled operation keeps per compiled field node: measured about 3.3 KB (20
 * operations of 505 nodes each, after a full GC), rounded up.
 */
export const BYTES_PER_COMPILED_FIELD = 4096;

/** Options of {@link jitGateway}. */
export interface JitOptions {
  /** Most field nodes compiled for one operation; larger ones run on graphql-js (see ServiceLimits). */
  readonly maxCompiledFields: number;
  /** Bytes of compiled operations kept (LRU, sized by {@link BYTES_PER_COMPILED_FIELD} per node). */
  readonly cacheBytes: number;
}

/** A cache entry: the compiled operation, or null for one run on graphql-js. */
interface Compiled {
  readonly query: CompiledQuery | null;
  readonly size: number;
}

/**
 * Apollo Server's gateway interface used for one thing: executing with graphql-jit,
 * which compiles each operation once into a plain function instead of interpreting the
 * document on every request. Apollo still parses, validates, applies the query limits
 * and formats errors; variables are coerced here with graphql-js's own rules, so a bad
 * variable is the same 400 BAD_USER_INPUT as without the gateway. Compiling costs about
 * 0.1 ms and 3.3 KB per compiled field node, and an abstract field is compiled once per
 * possible type (seven for `Entity`), so an operation over `maxCompiledFields` nodes (see
 * compiledSize) is not compiled but interpreted by graphql-js; compiled operations are
 * kept in an {@link AdmittingCache} bounded in bytes (its sketch sized for 32 KiB an
 * operation: 16 MiB, 512 entries, an 8 KiB sketch), so operations compiled once do not
 * push out those run again and again.
 */
export function jitGateway(
  typeDefs: string,
  resolvers: Resolvers,
  options: JitOptions,
): GatewayInterface {
  const schema: GraphQLSchema = executableSchema(typeDefs, resolvers);
  const compiled = new AdmittingCache<Compiled>({
    maxSize: Math.max(1, options.cacheBytes),
    sizeOf: (entry, key) =>
      key.length * 2 + (entry.query === null ? 64 : entry.size * BYTES_PER_COMPILED_FIELD),
    entries: options.cacheBytes / 32_768,
  });
  return {
    async load() {
      return {
        executor: async (request) => {
          // Apollo leaves an unknown operation name to the executor in gateway mode; the
          // name the client sent is in the request (request.operationName is the resolved one).
          if (request.operation === undefined) {
            const name = request.request.operationName;
            return {
              errors: [
                new GraphQLError(
                  name
                    ? `the document has no operation named "${name}": send one of its operation names as operationName`
                    : "the document has several operations: name the one to run in operationName",
                  {
                    extensions: {
                      code: ErrorCode.OPERATION_RESOLUTION_FAILURE,
                      http: { status: 400 },
                    },
                  },
                ),
              ],
            };
          }
          // The compiled path ran it already (and got errors, which Apollo formats): not twice.
          const ran = resultRanBefore(
            request.context,
            request.source,
            request.operationName ?? null,
          );
          if (ran !== undefined) return ran;
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
          let entry = compiled.get(key);
          if (entry === undefined) {
            const size = compiledSize(schema, request.document, request.operationName);
            if (size > options.maxCompiledFields) {
              entry = { query: null, size };
            } else {
              const result = compileQuery(
                schema,
                request.document,
                request.operationName ?? undefined,
              );
              if (!isCompiledQuery(result)) return result;
              entry = { query: result, size };
            }
            compiled.set(key, entry);
          }
          if (entry.query === null) {
            // Too large to compile: interpreted, its cost bounded like any other's.
            return (await execute({
              schema,
              document: request.document,
              operationName: request.operationName ?? null,
              variableValues: request.request.variables ?? {},
              contextValue: request.context,
            })) as ExecutionResult;
          }
          return entry.query.query(undefined, request.context, coerced.coerced) as Awaited<
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
