import type { ApolloServerPlugin } from "@apollo/server";
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from "@as-integrations/fastify";
import cors from "@fastify/cors";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginCallback,
  type FastifyRequest,
  LogController,
} from "fastify";
import { compiledFirst } from "../graphql/compiled/compiledPath.js";
import { createCompiledPath } from "../graphql/compiled/createCompiledPath.js";
import type { Context, RequestOutcome } from "../graphql/context.js";
import { CostGate } from "../graphql/costGate.js";
import { createApolloServer } from "../graphql/createApolloServer.js";
import { ErrorCode } from "../graphql/errors.js";
import type { TrustedDocumentsMode } from "../graphql/persistedQueries.js";
import { DEFAULT_SERVICE_LIMITS, type ServiceLimits } from "../graphql/serviceLimits.js";
import type { TrustedDocuments } from "../graphql/trustedDocuments.js";
import { WorkBudget } from "../graphql/WorkBudget.js";
import type { KnowledgeBaseHolder } from "../knowledge/KnowledgeBaseHolder.js";
import { installExplorer } from "./explorerRoutes.js";
import { installGraphiql } from "./graphiqlRoutes.js";
import { clientErrorHandler, installHttpErrorHandlers } from "./httpErrors.js";
import { installFairness } from "./installFairness.js";
import { installHttpCaching } from "./installHttpCaching.js";
import { installMetrics } from "./installMetrics.js";
import { installResponseCache } from "./installResponseCache.js";
import { installTrustedDocuments } from "./installTrustedDocuments.js";
import { installLingeringClose } from "./lingeringClose.js";
import { Readiness } from "./Readiness.js";
import { ResponseCache } from "./ResponseCache.js";
import { requestIdOf } from "./requestId.js";
import { installRequestLog } from "./requestLog.js";
import { ServiceMetrics } from "./ServiceMetrics.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set for GraphQL requests: what the request log records of the operation. */
    graphqlOutcome?: RequestOutcome;
  }
}

/** Options of the HTTP server. */
export interface HttpServerOptions {
  /** The knowledge base being served (swapped on reload). */
  readonly holder: KnowledgeBaseHolder;
  /** The SDL. */
  readonly typeDefs: string;
  /** pino logger for request and error logs. */
  readonly logger: FastifyBaseLogger;
  /** Production error handling (see createApolloServer). Default false. */
  readonly production?: boolean;
  /** Schema introspection (default true). */
  readonly introspection?: boolean;
  /**
   * The trusted documents and whether only they may run (default: none, `off`); see
   * installTrustedDocuments and persistedQueryStore.
   */
  readonly trustedDocuments?: {
    readonly documents: TrustedDocuments;
    readonly mode: TrustedDocumentsMode;
  };
  /** max-age of GraphQL GET answers, seconds (default 60; see installHttpCaching). */
  readonly httpCacheMaxAge?: number;
  /** Serve GraphiQL to browsers at GET /graphql (default false; see installGraphiql). */
  readonly graphiql?: boolean;
  /**
   * Origins allowed to call the API from a browser (CORS): a list of origins, or ["*"]
   * for any. Default: none, so only same-origin pages (the explorer) can.
   */
  readonly corsOrigins?: readonly string[];
  /** Longest time to receive a whole request, in ms (default 10 000); slow clients get 408. */
  readonly requestTimeoutMs?: number;
  /** Cache of serialized responses (see ResponseCache); null turns caching off. Default: 32 MiB. */
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
  /** LOG_SAMPLE: log one in this many requests answered without error (default 1: all); see installRequestLog. */
  readonly logSample?: number;
}

/** Resident set size and heap in use, in MiB, as /health reports them. */
function memoryMiB(): { rss: number; heapUsed: number } {
  const m = process.memoryUsage();
  return { rss: Math.round(m.rss / 2 ** 20), heapUsed: Math.round(m.heapUsed / 2 ** 20) };
}

/**
 * Refuses an answer larger than `maxBytes` before a byte of it is sent: the body is
 * replaced by a RESPONSE_TOO_LARGE error (HTTP 400). The cost limit bounds how large an
 * answer can grow while it is built; this bounds what sits in a socket's buffer. GraphiQL's
 * bundle (/graphiql/, about 1.7 MB built) is exempt: static files of the build.
 */
function installResponseLimit(app: FastifyInstance, maxBytes: number): void {
  app.addHook("onSend", (request, reply, payload, done) => {
    // GraphiQL's script and styles are files of known size, built with the service.
    if (request.url.startsWith("/graphiql/")) {
      done(null, payload);
      return;
    }
    // A string of n characters has at most 3n bytes: most answers need no count.
    const size =
      typeof payload === "string"
        ? payload.length * 3 <= maxBytes
          ? 0
          : Buffer.byteLength(payload)
        : Buffer.isBuffer(payload)
          ? payload.length
          : 0;
    if (size <= maxBytes) {
      done(null, payload);
      return;
    }
    request.graphqlOutcome?.errorCodes.push(ErrorCode.RESPONSE_TOO_LARGE);
    reply.status(400).type("application/json; charset=utf-8");
    done(
      null,
      JSON.stringify({
        errors: [
          {
            message: `response too large: ${size} bytes, allowed ${maxBytes}: ask for fewer fields or smaller lists (first/limit)`,
            extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, size, limit: maxBytes },
          },
        ],
      }),
    );
  });
}

/** Largest request body accepted (bytes); larger gets 413. A contract query is under 2 KB. */
export const BODY_LIMIT = 100 * 1024;

/**
 * The HTTP server: GraphQL at POST and GET /graphql, GET /health, one log line per
 * request (method, url, status, duration, operation name and error codes; see
 * installRequestLog).
 * Call `listen` on the result; `close` drains in-flight requests.
 */
export async function createHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const readiness = options.readiness ?? new Readiness();
  const limits = options.limits ?? DEFAULT_SERVICE_LIMITS;
  const requestTimeout = options.requestTimeoutMs ?? 10_000;
  const app = Fastify({
    loggerInstance: options.logger,
    // Request ids: the caller's x-request-id or traceparent when safe, else a UUID (requestId.ts).
    requestIdHeader: false,
    genReqId: (req) => requestIdOf(req.headers),
    bodyLimit: BODY_LIMIT,
    requestTimeout,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // A socket with no progress either way (a client that stopped reading) is closed.
    connectionTimeout: limits.socketIdleMs,
    http: {
      // Node allows no headers timeout longer than the request timeout.
      headersTimeout: Math.min(limits.headersTimeoutMs, requestTimeout),
      // How often slow headers and requests are checked (Node's default: every 30 s).
      connectionsCheckingInterval: 1000,
    },
    clientErrorHandler,
    // One line per request, written by installRequestLog.
    logController: new LogController({ disableRequestLogging: true }),
  });
  // Tracing first: it instruments the routes and hooks added after it.
  if (options.tracing) await app.register(options.tracing.fastifyPlugin);
  const gate = new CostGate(limits);
  const apollo = createApolloServer({
    costGate: gate,
    typeDefs: options.typeDefs,
    log: options.logger,
    production: options.production ?? false,
    introspection: options.introspection ?? true,
    limits,
    ...(options.trustedDocuments ? { trustedDocuments: options.trustedDocuments } : {}),
    plugins: [
      fastifyApolloDrainPlugin(app),
      ...(options.tracing ? [options.tracing.apolloPlugin] : []),
    ],
  });
  await apollo.start();
  installHttpErrorHandlers(app);
  installLingeringClose(app);
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    // Shutting down: keep-alive clients are told to reconnect (to another replica).
    if (readiness.draining) reply.header("connection", "close");
    done();
  });
  await installFairness(app, limits);
  installResponseLimit(app, limits.maxResponseBytes);
  const origins = options.corsOrigins ?? [];
  if (origins.length > 0) {
    await app.register(cors, {
      origin: origins.includes("*") ? true : [...origins],
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "apollo-require-preflight", "x-apollo-operation-name"],
      maxAge: 600,
    });
  }

  installRequestLog(app, options.logger, { sample: options.logSample ?? 1 });

  await installExplorer(app);
  if (options.graphiql === true) await installGraphiql(app);
  if (options.trustedDocuments?.mode === "only") {
    installTrustedDocuments(app, options.trustedDocuments.documents);
  }
  installHttpCaching(app, options.holder, options.httpCacheMaxAge ?? 60);

  // Liveness: the process answers at all (Kubernetes restarts it when it does not).
  app.get("/livez", async () => ({ status: "ok" }));
  // Readiness: graph-data is loaded (a server exists only then) and not shutting down.
  app.get("/readyz", async (_request, reply) => {
    if (readiness.draining) return reply.status(503).send({ status: "draining" });
    return { status: "ready", version: options.holder.current.version };
  });
  app.get("/health", async () => {
    const kb = options.holder.current;
    return {
      status: readiness.draining ? "draining" : "ok",
      version: kb.version,
      nodeCount: kb.stats.nodeCount,
      edgeCount: kb.stats.edgeCount,
      loadedAt: kb.loadedAt.toISOString(),
      loadMs: Math.round(kb.loadMs),
      ...(options.healthDetails
        ? {
            pid: process.pid,
            memory: memoryMiB(),
            ...(cache === null ? {} : { responseCache: cache.stats() }),
          }
        : {}),
    };
  });

  const cache = options.responseCache === undefined ? new ResponseCache() : options.responseCache;
  if (cache !== null) installResponseCache(app, cache, options.holder);
  const metricsOption = options.metrics ?? true;
  if (metricsOption !== false) {
    const metrics = new ServiceMetrics(options.holder, cache);
    installMetrics(
      app,
      metrics,
      metricsOption === true ? () => metrics.text() : metricsOption(metrics),
    );
  }

  const contextOf = (request: FastifyRequest): Context => {
    const outcome: RequestOutcome = { operationName: null, errorCodes: [] };
    request.graphqlOutcome = outcome;
    return {
      kb: options.holder.current,
      requestId: request.id,
      outcome,
      client: request.ip,
      budget: new WorkBudget(limits.workBudget),
    };
  };
  const compiled =
    options.compiledPath === false || options.tracing
      ? null
      : createCompiledPath({
          typeDefs: options.typeDefs,
          documents: options.trustedDocuments?.documents.values() ?? [],
          limits,
          introspection: options.introspection ?? true,
          gate,
          contextOf,
        });
  app.route({
    url: "/graphql",
    method: ["GET", "POST", "OPTIONS"],
    handler: compiledFirst(
      fastifyApolloHandler(apollo, { context: async (request) => contextOf(request) }),
      compiled,
    ),
  });
  return app;
}
