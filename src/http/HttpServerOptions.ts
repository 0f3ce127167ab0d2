import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyBaseLogger, FastifyPluginCallback } from "fastify";
import type { Context, TrustedDocuments, TrustedDocumentsMode } from "../graphql/index.js";
import type { ServiceLimits } from "../graphql/serviceLimits.js";
import type { KnowledgeBaseHolder } from "../knowledge/index.js";
import type { PenaltyChannel } from "./installConnectionLimits.js";
import type { Readiness } from "./Readiness.js";
import type { ResponseCache } from "./ResponseCache.js";
import type { ServiceMetrics } from "./ServiceMetrics.js";

/**
 * The HTTP layer's own defaults, said once: the server applies them and the process's
 * configuration (src/process/config.ts) takes its environment variables' defaults from
 * them.
 */
export const HTTP_DEFAULTS = {
  /** max-age of GraphQL GET answers without errors, in seconds: a minute bounds staleness after a reload. */
  httpCacheMaxAge: 60,
  /** Longest time to receive a whole request, in ms. */
  requestTimeoutMs: 10_000,
} as const;

/** Options of the HTTP server. */
export interface HttpServerOptions {
  /** The knowledge base being served (swapped on reload). */
  readonly holder: KnowledgeBaseHolder;
  /** The SDL. */
  readonly typeDefs: string;
  /** pino logger for request and error logs. */
  readonly logger: FastifyBaseLogger;
  /** Production error handling (default APOLLO_DEFAULTS.production; see createApolloServer). */
  readonly production?: boolean;
  /** Schema introspection (default APOLLO_DEFAULTS.introspection). */
  readonly introspection?: boolean;
  /**
   * The trusted documents and whether only they may run (default: none, `off`); see
   * installTrustedDocuments and persistedQueryStore.
   */
  readonly trustedDocuments?: {
    readonly documents: TrustedDocuments;
    readonly mode: TrustedDocumentsMode;
  };
  /** max-age of GraphQL GET answers, seconds (default 60: HTTP_DEFAULTS; see installHttpCaching). */
  readonly httpCacheMaxAge?: number;
  /** Serve GraphiQL to browsers at GET /graphql (default false; see installGraphiql). */
  readonly graphiql?: boolean;
  /**
   * Origins allowed to call the API from a browser (CORS): a list of origins, or ["*"]
   * for any. Default: none, so only same-origin pages (the explorer) can.
   */
  readonly corsOrigins?: readonly string[];
  /** Longest time to receive a whole request, in ms (default 10 000: HTTP_DEFAULTS); slow clients get 408. */
  readonly requestTimeoutMs?: number;
  /** Cache of serialized responses (see ResponseCache); null turns caching off. Default: one of DEFAULT_RESPONSE_CACHE_BYTES. */
  readonly responseCache?: ResponseCache | null;
  /**
   * GET /metrics (Prometheus): true serves this process's metrics; a function, called once
   * with them, gives what serves the text instead (the cluster-wide sum with WORKERS);
   * false turns the route off. Default true.
   */
  readonly metrics?: boolean | ((local: ServiceMetrics) => () => Promise<string>);
  /**
   * OpenTelemetry tracing (src/process/tracing.ts, loaded only when configured): a Fastify plugin
   * registered before any route and an Apollo plugin. Default: none, no tracing.
   */
  readonly tracing?: {
    readonly fastifyPlugin: FastifyPluginCallback;
    readonly apolloPlugin: ApolloServerPlugin<Context>;
  } | null;
  /** Readiness of this process for /readyz (draining on shutdown). Default: ready. */
  readonly readiness?: Readiness;
  /**
   * /health shows the process id, memory and response-cache internals too (default false:
   * they help an attacker more than a user; operators read them in /metrics).
   */
  readonly healthDetails?: boolean;
  /** Per-request and per-client budgets (default DEFAULT_SERVICE_LIMITS). */
  readonly limits?: ServiceLimits;
  /**
   * Run requests for the trusted documents on their plans compiled at start, without
   * Apollo's per-request pipeline (default true; off with tracing, whose spans are
   * Apollo's): see answerCompiled. False sends every request through Apollo; both answer
   * byte for byte alike (a test compares them).
   */
  readonly compiledPath?: boolean;
  /**
   * Answer response-cache hits of plain JSON POSTs before Fastify's routing and hooks
   * (default true; off with tracing or CORS origins, whose hooks every answer must
   * meet): see installCacheHitPath. False sends them through Fastify's hooks; both answer
   * byte for byte alike and count alike (a test compares them).
   */
  readonly cacheHitPath?: boolean;
  /**
   * With WORKERS > 1, how a pipelining penalty reaches the other workers and theirs this one
   * (src/process/clusterPenalties.ts). Default: none, this process's penalties only.
   */
  readonly penalties?: PenaltyChannel;
  /** LOG_SAMPLE: log one in this many requests answered without error (default 1: all); see installRequestLog. */
  readonly logSample?: number;
}
