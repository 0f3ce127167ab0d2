import type { FastifyRequest } from "fastify";
import type { ExecutionResult } from "graphql";
import type { Context } from "../context.js";

/**
 * An operation the compiled path ran to its end but could not answer itself (its result
 * holds errors, which Apollo formats): Apollo's executor answers with this result instead
 * of running the operation a second time.
 */
export interface RanBefore {
  /** The document's text, as Apollo's executor sees it (`request.source`). */
  readonly source: string;
  /** The operation run (null: the document's only one). */
  readonly operationName: string | null;
  /** What the run returned (graph-jit's plan, or the answer writer's error result), on the knowledge base of the request's context. */
  readonly result: ExecutionResult;
  /** The knowledge base it ran on: Apollo's context for the request is given the same. */
  readonly kb: Context["kb"];
}

/** Results waiting for Apollo, by request: each is taken once, and leaves with its request. */
const waiting = new WeakMap<FastifyRequest, RanBefore>();

/** Hands the result the compiled path got for `request` over to Apollo's run of it. */
export function handOverToApollo(request: FastifyRequest, ran: RanBefore): void {
  waiting.set(request, ran);
}

/**
 * The context Apollo runs `request` in: `context` as the HTTP layer built it, with the
 * compiled path's result when it ran the operation already (and the knowledge base that
 * result came from, so that a reload in between cannot mix two versions). A request's
 * work budget is thus spent once, not once per path.
 */
export function apolloContext(request: FastifyRequest, context: Context): Context {
  const ran = waiting.get(request);
  if (ran === undefined) return context;
  waiting.delete(request);
  return { ...context, kb: ran.kb, ranBefore: ran };
}

/**
 * The result the compiled path already has for the operation Apollo's executor is about
 * to run, when it is the same document and operation; else undefined (Apollo runs it).
 */
export function resultRanBefore(
  context: unknown,
  source: string,
  operationName: string | null,
): ExecutionResult | undefined {
  if (typeof context !== "object" || context === null || !("ranBefore" in context)) {
    return undefined;
  }
  const ran = (context as Pick<Context, "ranBefore">).ranBefore;
  if (ran === undefined || ran.source !== source || ran.operationName !== operationName) {
    return undefined;
  }
  return ran.result;
}
