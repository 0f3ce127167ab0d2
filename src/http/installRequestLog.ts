import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { RequestOutcome } from "../graphql/context.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set for GraphQL requests: what the request log records of the operation. */
    graphqlOutcome?: RequestOutcome;
  }
}

/**
 * One log line per answered request: method, path, status, duration and, for GraphQL,
 * the operation's name, its error codes and whether the response cache answered it.
 * Skipped outright below info level: the line would be built only to be dropped.
 */
export function installRequestLog(app: FastifyInstance, logger: FastifyBaseLogger): void {
  if (!["trace", "debug", "info"].includes(logger.level)) return;
  app.addHook("onResponse", (request, reply, done) => {
    const outcome = request.graphqlOutcome;
    request.log.info(
      {
        method: request.method,
        url: request.url.split("?")[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 100) / 100,
        ...(outcome
          ? {
              operation: outcome.operationName,
              errors: outcome.errorCodes,
              cached: outcome.cached ?? false,
            }
          : {}),
      },
      "request",
    );
    done();
  });
}
