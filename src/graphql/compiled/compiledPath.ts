import type {
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteHandlerMethod,
} from "fastify";
import { type ExecutionResult, type GraphQLSchema, getVariableValues } from "graphql";
import type { Context } from "../context.js";
import type { CostGate } from "../costGate.js";
import { handOverToApollo } from "./handOver.js";
import type { KnownOperations } from "./KnownOperations.js";
import { readKnownRequest } from "./readKnownRequest.js";
import { isThenable } from "./writerParts.js";

/** What the compiled path needs. */
export interface CompiledPathOptions {
  /** The executable schema the known operations were compiled against. */
  readonly schema: GraphQLSchema;
  /** The documents compiled at start. */
  readonly known: KnownOperations;
  /** The cost limit and client turns, shared with Apollo's pipeline. */
  readonly gate: CostGate;
  /** The context of a request, exactly as Apollo's context function builds it. */
  readonly contextOf: (request: FastifyRequest) => Context;
}

/** An answer of the compiled path: always HTTP 200 without errors. */
export interface CompiledAnswer {
  readonly contentType: string;
  /**
   * The JSON body, byte for byte what Apollo would have written, encoded once here: the
   * hooks (size limit, response cache) and the socket take the bytes as they are, where a
   * string would be measured, flattened with the headers and encoded again on the way out.
   */
  readonly body: Buffer;
}

/**
 * Runs a request naming a known operation without Apollo's per-request pipeline: the
 * request is read as Apollo reads it (see readKnownRequest), its variables coerced with
 * graphql-js's own rules (getVariableValues), its cost limited and its turn taken by the
 * same {@link CostGate} as Apollo's, and the answer is written by the operation's
 * AnswerWriter (straight from the resolvers' values, entities' pieces spliced in) or, for
 * an operation it does not write, by graph-jit's compiled plan, on the request's context.
 * Everything else the HTTP layer does (request ids, fairness, rate limits, trusted-document
 * mode, response cache, ETags, the response size limit, metrics, the request log) sits in
 * Fastify hooks around the route and applies to both paths alike.
 *
 * Resolves to null, so that Apollo answers the request unchanged, for anything that is not
 * a clean success: an unknown document, a variable that does not coerce, a cost over the
 * limit (all found before anything runs), or any error while it runs. In that last case
 * the result is handed over to Apollo (handOverToApollo), whose executor writes it out
 * instead of running the operation again: its work budget is spent once.
 */
export async function answerCompiled(
  request: FastifyRequest,
  options: CompiledPathOptions,
): Promise<CompiledAnswer | null> {
  const read = readKnownRequest(request, options.known);
  if (read === null) return null;
  const { operation, variables } = read;
  const coerced = getVariableValues(
    options.schema,
    operation.definition.variableDefinitions ?? [],
    variables,
  );
  if (coerced.errors !== undefined) return null;
  let context = options.contextOf(request);
  const refusal = await options.gate.admit({
    schema: options.schema,
    document: read.document.document,
    variables,
    operationName: operation.name,
    kb: context.kb,
    client: context.client,
  });
  if (refusal !== null) return null;
  context.outcome.operationName = operation.name;
  const handOver = (result: ExecutionResult, kb: Context["kb"]) =>
    // Apollo writes the errors out, from this result: the operation's work is not done twice.
    handOverToApollo(request, {
      source: read.document.text,
      operationName: operation.name,
      result,
      kb,
    });
  if (operation.writer !== null) {
    const written = await operation.writer.write(context, coerced.coerced);
    if (written !== null && "body" in written) {
      context.outcome.compiled = true;
      return { contentType: read.contentType, body: Buffer.from(written.body) };
    }
    if (written !== null) {
      handOver(written.result, context.kb);
      return null;
    }
    // Something the writer leaves to graph-jit (never met with this service's resolvers):
    // the plan runs on a fresh context but the same work budget, so that what the writer
    // already spent (the root field, and any field below it that spends, such as
    // Condition.rootCauses) counts: the request never does more than one budget's work. The
    // root field is then charged twice, so a request near its budget may be refused for work
    // done once: the safe side, on a path no known operation takes today.
    const budget = context.budget;
    context = { ...options.contextOf(request), budget };
    context.outcome.operationName = operation.name;
  }
  let result: ExecutionResult;
  try {
    const running = operation.plan.query(undefined, context, coerced.coerced);
    result = isThenable(running) ? await running : running;
  } catch {
    return null;
  }
  if (result.errors !== undefined && result.errors.length > 0) {
    handOver(result, context.kb);
    return null;
  }
  context.outcome.compiled = true;
  // Apollo writes `{ errors, data, extensions }` in that order, then a newline.
  const body = `${JSON.stringify({ data: result.data })}\n`;
  return { contentType: read.contentType, body: Buffer.from(body) };
}

/** Apollo's route handler of /graphql, answering JSON text (as its Fastify integration is typed). */
export type ApolloRouteHandler = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  { Reply: string }
>;

/** The route handler of /graphql: JSON text (Apollo's) or its bytes (the compiled path's). */
export type GraphQLRouteHandler = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  { Reply: string | Buffer }
>;

/**
 * The /graphql route handler: the compiled path first, Apollo's handler for whatever it
 * leaves (null `options`: Apollo alone, as with tracing or when turned off).
 */
export function compiledFirst(
  apollo: ApolloRouteHandler,
  options: CompiledPathOptions | null,
): GraphQLRouteHandler {
  // Apollo's handler answers text, one of the two kinds the route sends (Fastify's types
  // tie the request's type to the reply's, so TypeScript cannot widen it by itself).
  const apolloRoute = apollo as GraphQLRouteHandler;
  if (options === null) return apolloRoute;
  return async function graphqlRoute(request, reply) {
    // Anything unforeseen on the compiled path (it should throw nothing) is Apollo's to answer.
    const answer = await answerCompiled(request, options).catch(() => null);
    if (answer === null) return apolloRoute.call(this, request, reply);
    void reply.header("content-type", answer.contentType);
    void reply.code(200);
    return answer.body;
  };
}
