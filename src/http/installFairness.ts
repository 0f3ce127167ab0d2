import type { ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import { ErrorCode } from "../graphql/index.js";
import type { ServiceLimits } from "../graphql/serviceLimits.js";
import { clientOf } from "./clientAddress.js";
import {
  installConnectionLimits,
  type PenaltyChannel,
  type RefusedConnections,
} from "./installConnectionLimits.js";
import { PROBE_PATHS } from "./installProbes.js";
import { installRateLimit, type RateGate } from "./installRateLimit.js";
import { routeUrl } from "./routeUrl.js";

/** The per-client budgets {@link installFairness} applies. */
export type FairnessLimits = Pick<
  ServiceLimits,
  | "maxConnections"
  | "clientMaxConnections"
  | "clientMaxInFlight"
  | "rateLimitPerMinute"
  | "trustProxyHops"
>;

/** Most client addresses the rate limiter remembers at once (its LRU; each costs ~100 bytes). */
const RATE_LIMIT_CLIENTS = 100_000;

/** A 429 body shaped like a GraphQL error, as every error outside GraphQL is. */
function tooMany(message: string) {
  return { errors: [{ message, extensions: { code: ErrorCode.RATE_LIMITED } }] };
}

/** What {@link installFairness} gives the cache-hit path (installCacheHitPath), which counts alike. */
export interface Fairness {
  /** The count of connections closed by each connection limit. */
  readonly refused: RefusedConnections;
  /** Whether client `address` may have one more request answered at once. */
  mayStart(address: string): boolean;
  /** Counts a request of `address` in flight until `response` closes. */
  start(address: string, response: ServerResponse): void;
  /** The rate limit; null when RATE_LIMIT_PER_MINUTE is 0. */
  readonly rate: RateGate | null;
}

/**
 * Keeps one client (one remote address, or with TRUST_PROXY the address behind the
 * proxies: see clientOf) from taking more than its share: at most
 * `clientMaxConnections` open connections (more are closed as they arrive) and
 * `maxConnections` in all, each with at most MAX_PIPELINED requests unanswered (a
 * connection with more is closed, and its address's for a while: see installConnectionLimits); at most `clientMaxInFlight` requests being answered at once
 * and `rateLimitPerMinute` a minute (more get 429 RATE_LIMITED, JSON, with
 * `retry-after` for the rate; the probes of PROBE_PATHS are not counted). Counters live as long as the client has connections or
 * requests, so they are bounded by the connection limits. Returns the count of
 * connections closed by each connection limit, which nothing else would show, and the
 * counters themselves (see {@link Fairness}). Every count
 * is this process's: with WORKERS=N a client may have N times each (see docs/limits.md, Budgets),
 * but for the pipelining penalty, shared over `penalties` when given.
 */
export async function installFairness(
  app: FastifyInstance,
  limits: FairnessLimits,
  penalties?: PenaltyChannel,
): Promise<Fairness> {
  const refused: RefusedConnections = { client: 0, process: 0, pipelined: 0 };
  installConnectionLimits(app.server, limits, refused, penalties);

  const inFlight = new Map<string, number>();
  const start = (address: string, response: ServerResponse): void => {
    inFlight.set(address, (inFlight.get(address) ?? 0) + 1);
    // "on", not "once": a response emits "close" once (node:http guards it), and once's
    // wrapper would cost an allocation and a removal per request.
    response.on("close", () => {
      const left = (inFlight.get(address) ?? 1) - 1;
      if (left <= 0) inFlight.delete(address);
      else inFlight.set(address, left);
    });
  };
  app.addHook("onRequest", (request, reply, done) => {
    const address = clientOf(request);
    const busy = inFlight.get(address) ?? 0;
    if (busy >= limits.clientMaxInFlight) {
      void reply
        .status(429)
        .type("application/json; charset=utf-8")
        .send(
          tooMany(
            `too many requests at once: ${busy} of yours are being answered, allowed ${limits.clientMaxInFlight}: wait for an answer before sending more`,
          ),
        );
      return;
    }
    start(address, reply.raw);
    done();
  });

  const rate =
    limits.rateLimitPerMinute > 0
      ? installRateLimit(app, {
          max: limits.rateLimitPerMinute,
          windowMs: 60_000,
          clients: RATE_LIMIT_CLIENTS,
          // The kubelet probes from one address: a low limit must not fail the probes (and
          // restart the pod). They answer in microseconds; the connection limits still apply.
          skip: (request) => PROBE_PATHS.has(routeUrl(request)),
          // Given to the error handler (see httpErrors), which answers it as JSON with its code.
          refuse: (max) =>
            Object.assign(
              new Error(`rate limit: more than ${max} requests a minute from your address`),
              {
                statusCode: 429,
              },
            ),
        })
      : null;
  return {
    refused,
    mayStart: (address) => (inFlight.get(address) ?? 0) < limits.clientMaxInFlight,
    start,
    rate,
  };
}
