import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { RequestOutcome } from "../graphql/context.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set for GraphQL requests: what the request log records of the operation. */
    graphqlOutcome?: RequestOutcome;
  }
}

/** Options of {@link installRequestLog}. */
export interface RequestLogOptions {
  /**
   * LOG_SAMPLE: of the requests answered without any error (status below 400, no GraphQL
   * error code), log one in this many (default 1: every one). Errors are always logged.
   * Sampling is for busy services whose operators read failures in the log and volumes in
   * /metrics: each line costs a serialisation and, when the process is not busy, a write.
   */
  readonly sample?: number;
}

/** The path of a URL, without the query (no array, unlike split). */
function pathOf(url: string): string {
  const mark = url.indexOf("?");
  return mark < 0 ? url : url.slice(0, mark);
}

/**
 * One log line per request, written once it is answered (the `onResponse` hook), under
 * the request's id: method, path, status, duration in ms and, for GraphQL, the operation,
 * its error codes and whether the response cache answered it. Built as one object with
 * the fields in a fixed order (no spread, no arrays split off the URL), and not at all
 * below info level. With `sample` > 1, successful requests are logged one in `sample`.
 */
export function installRequestLog(
  app: FastifyInstance,
  logger: FastifyBaseLogger,
  options: RequestLogOptions = {},
): void {
  if (!["trace", "debug", "info"].includes(logger.level)) return;
  const sample = Math.max(1, Math.floor(options.sample ?? 1));
  let successes = 0;
  const write = (request: FastifyRequest, reply: FastifyReply): void => {
    const outcome = request.graphqlOutcome;
    const status = reply.statusCode;
    const ms = Math.round(reply.elapsedTime * 100) / 100;
    const path = pathOf(request.url);
    if (outcome === undefined) {
      request.log.info({ method: request.method, url: path, status, ms }, "request");
      return;
    }
    request.log.info(
      {
        method: request.method,
        url: path,
        status,
        ms,
        operation: outcome.operationName,
        errors: outcome.errorCodes,
        cached: outcome.cached ?? false,
      },
      "request",
    );
  };
  app.addHook("onResponse", (request, reply, done) => {
    if (sample > 1 && reply.statusCode < 400 && !request.graphqlOutcome?.errorCodes.length) {
      successes = (successes + 1) % sample;
      if (successes !== 0) {
        done();
        return;
      }
    }
    write(request, reply);
    done();
  });
}
