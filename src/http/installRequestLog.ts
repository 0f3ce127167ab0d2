import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { RequestOutcome } from "../graphql/index.js";
import { clientOf } from "./clientAddress.js";
import { PROBE_PATHS } from "./installProbes.js";
import {
  REQUEST_MESSAGE,
  type RequestLineFields,
  requestLineObject,
  requestLineWriter,
} from "./requestLine.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set for GraphQL requests: what the request log records of the operation. */
    graphqlOutcome?: RequestOutcome;
  }
}

/**
 * Logs the line of a request answered outside Fastify's hooks (installCacheHitPath), with
 * its id, as the hook below logs it, sampled alike (not for probes: only /graphql is
 * answered there).
 */
export type LogAnswered = (reqId: string, fields: RequestLineFields) => void;

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
 * its error codes and whether the response cache answered it; a 429 also names the client
 * address its limit counted (clientOf). Written by requestLineWriter,
 * byte for byte as pino would write it, without pino's object walk (when the logger is
 * one it reproduces; pino writes it otherwise), and not at all below info level. With
 * `sample` > 1, successful requests are logged one in `sample`. A probe (/livez, /readyz)
 * answered below 400 is logged only at debug or trace level: the orchestrator asks every few
 * seconds, and a pod's log would be mostly probes. Returns the same log for requests
 * answered outside the hooks (null when nothing is logged at this level).
 */
export function installRequestLog(
  app: FastifyInstance,
  logger: FastifyBaseLogger,
  options: RequestLogOptions = {},
): LogAnswered | null {
  if (!["trace", "debug", "info"].includes(logger.level)) return null;
  const sample = Math.max(1, Math.floor(options.sample ?? 1));
  let successes = 0;
  /** Whether a request answered with `status` and `outcome` is left out by the sampling. */
  const skipped = (status: number, outcome: RequestOutcome | undefined): boolean => {
    if (sample <= 1 || status >= 400 || (outcome?.errorCodes.length ?? 0) > 0) return false;
    successes = (successes + 1) % sample;
    return successes !== 0;
  };
  const writers = requestLineWriter(logger);
  const write = (request: FastifyRequest, reply: FastifyReply): void => {
    const fields: RequestLineFields = {
      method: request.method,
      url: pathOf(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 100) / 100,
      outcome: request.graphqlOutcome,
      // Refused by a per-client limit: which client, so the one that hits it can be found.
      client: reply.statusCode === 429 ? clientOf(request) : undefined,
    };
    if (writers === null || !writers.write(request.log, fields)) {
      request.log.info(requestLineObject(fields), REQUEST_MESSAGE);
    }
  };
  const probesLogged = ["trace", "debug"].includes(logger.level);
  app.addHook("onResponse", (request, reply, done) => {
    // A probe answered is the orchestrator asking every few seconds: logged at debug only.
    if (!probesLogged && reply.statusCode < 400 && PROBE_PATHS.has(pathOf(request.url))) {
      done();
      return;
    }
    if (!skipped(reply.statusCode, request.graphqlOutcome)) write(request, reply);
    done();
  });
  const byId = writers?.writeById ?? null;
  return (reqId, fields) => {
    if (skipped(fields.status, fields.outcome)) return;
    if (byId === null || !byId(reqId, fields)) {
      logger.child({ reqId }).info(requestLineObject(fields), REQUEST_MESSAGE);
    }
  };
}
