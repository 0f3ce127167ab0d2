import { fastifyApolloDrainPlugin, fastifyApolloHandler } from "@as-integrations/fastify";
import cors from "@fastify/cors";
import Fastify, { type FastifyInstance, type FastifyRequest, LogController } from "fastify";
import { compiledFirst } from "../graphql/compiled/compiledPath.js";
import { createCompiledPath } from "../graphql/compiled/createCompiledPath.js";
import { apolloContext } from "../graphql/compiled/handOver.js";
import { CostGate } from "../graphql/costGate.js";
import type { Context, RequestOutcome } from "../graphql/index.js";
import { APOLLO_DEFAULTS, createApolloServer } from "../graphql/index.js";
import { DEFAULT_SERVICE_LIMITS } from "../graphql/serviceLimits.js";
import { WorkBudget } from "../graphql/WorkBudget.js";
import { clientOf, installClientAddress } from "./clientAddress.js";
import { installExplorer } from "./explorerRoutes.js";
import { installGraphiql } from "./graphiqlRoutes.js";
import { HTTP_DEFAULTS, type HttpServerOptions } from "./HttpServerOptions.js";
import { clientErrorHandler, installHttpErrorHandlers } from "./httpErrors.js";
import { installAcceptBound } from "./installAcceptBound.js";
import { installCacheHitPath } from "./installCacheHitPath.js";
import { installContentEncodingCheck } from "./installContentEncodingCheck.js";
import { installFairness } from "./installFairness.js";
import { installHeaderCount } from "./installHeaderCount.js";
import { installHostCheck } from "./installHostCheck.js";
import { installHttpCaching } from "./installHttpCaching.js";
import { installMetrics } from "./installMetrics.js";
import { installPersistedQueryCheck } from "./installPersistedQueryCheck.js";
import { installProbes } from "./installProbes.js";
import { installQuerylessGet } from "./installQuerylessGet.js";
import { installRequestLog } from "./installRequestLog.js";
import { installResponseCache } from "./installResponseCache.js";
import { installResponseLimit } from "./installResponseLimit.js";
import { installTrustedDocuments } from "./installTrustedDocuments.js";
import { installJsonBodyParser } from "./jsonBodyParser.js";
import { installLingeringClose } from "./lingeringClose.js";
import { Readiness } from "./Readiness.js";
import { ResponseCache } from "./ResponseCache.js";
import { requestIdOf } from "./requestId.js";
import { installRouteUrl } from "./routeUrl.js";
import { ServiceMetrics } from "./ServiceMetrics.js";

/** Largest request body accepted (bytes); larger gets 413. A contract query is under 2 KB. */
export const BODY_LIMIT = 100 * 1024;

/**
 * The HTTP server: GraphQL at POST and GET /graphql, the explorer, GraphiQL, probes and
 * metrics. Call `listen` on the result; `close` drains in-flight requests.
 *
 * What a GraphQL request meets, in order (Fastify runs hooks by phase, and hooks of one
 * phase in the order they are installed below; a plain JSON POST whose answer the
 * response cache holds is answered before all of them, with the same bytes and counts, by
 * installCacheHitPath):
 * 1. connection: the process's and the client address's connection caps (installFairness);
 *    a request id (the caller's when safe), the body limit and the request timeout;
 * 2. onRequest: `x-request-id` on the answer and `connection: close` when draining; with
 *    TRUST_PROXY, the client's address from X-Forwarded-For (installClientAddress); the
 *    client's requests in flight and its rate (installFairness); more than 1 000 header
 *    fields refused with 431 (installHeaderCount); an HTTP/1.1 request
 *    without Host, or a GraphQL request with a Host header no URL can have, refused with
 *    400 (installHostCheck); an Accept header over 1 KiB refused with 431
 *    (installAcceptBound); a body with a Content-Encoding refused with 415
 *    (installContentEncodingCheck); GraphiQL's page for a
 *    browser's GET (installGraphiql); a GET of /graphql with no query refused with 400
 *    saying what to send (installQuerylessGet); the metrics timer;
 * 3. body parsing (JSON, BODY_LIMIT; a JSON POST to /graphql whose text the response
 *    cache holds is not parsed: its answer is taken, to be sent below), then preHandler:
 *    a persisted-query extension that cannot name a document refused with 400
 *    (installPersistedQueryCheck); trusted documents only, when so configured
 *    (installTrustedDocuments); a GET answered
 *    304 by its ETag (installHttpCaching); a repeated POST answered from the response
 *    cache (installResponseCache);
 * 4. handler: a known operation with clean variables on its plan compiled at start
 *    (answerCompiled: the same cost gate, context and work budget, no Apollo pipeline);
 *    anything else, or any error, Apollo (createApolloServer: parse, validate, cost and
 *    limits, then execute on the knowledge base the request started on, with its work
 *    budget);
 * 5. onSend: the connection's lingering close; an answer over MAX_RESPONSE_KB replaced by
 *    RESPONSE_TOO_LARGE (installResponseLimit); ETag and Cache-Control on a storable GET
 *    answer; a storable POST answer offered to the response cache (isStorableAnswer);
 * 6. onResponse: the request log line (installRequestLog, written as pino would by
 *    requestLineWriter) and the request's metrics.
 * Errors anywhere before GraphQL get the same JSON shape (installHttpErrorHandlers).
 */
export async function createHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const readiness = options.readiness ?? new Readiness();
  const limits = options.limits ?? DEFAULT_SERVICE_LIMITS;
  const requestTimeout = options.requestTimeoutMs ?? HTTP_DEFAULTS.requestTimeoutMs;
  const cache = options.responseCache === undefined ? new ResponseCache() : options.responseCache;
  const holder = options.holder;
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
      // An HTTP/1.1 request without Host reaches the server (Node's own answer is a bare
      // 400 that no bound counts, so 64 KiB of them pipelined cost a parse per connection,
      // again and again): installHostCheck refuses it in JSON on every route, and each
      // counts toward MAX_PIPELINED.
      requireHostHeader: false,
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
    production: options.production,
    introspection: options.introspection,
    limits,
    ...(options.trustedDocuments ? { trustedDocuments: options.trustedDocuments } : {}),
    plugins: [
      fastifyApolloDrainPlugin(app),
      ...(options.tracing ? [options.tracing.apolloPlugin] : []),
    ],
  });
  await apollo.start();

  const origins = options.corsOrigins ?? [];
  // Before the connection limits: their pipelining bound wraps the path's listener.
  const hitPath =
    cache !== null && options.cacheHitPath !== false && !options.tracing && origins.length === 0
      ? installCacheHitPath(app, BODY_LIMIT)
      : null;
  installHttpErrorHandlers(app);
  installRouteUrl(app);
  installLingeringClose(app);
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    // Shutting down: keep-alive clients are told to reconnect (to another replica).
    if (readiness.draining) reply.header("connection", "close");
    done();
  });
  installClientAddress(app, limits.trustProxyHops);
  const fairness = await installFairness(app, limits, options.penalties);
  installHeaderCount(app);
  installHostCheck(app);
  installAcceptBound(app);
  installContentEncodingCheck(app);
  installJsonBodyParser(app);
  installResponseLimit(app, limits.maxResponseBytes);
  if (origins.length > 0) {
    await app.register(cors, {
      origin: origins.includes("*") ? true : [...origins],
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "apollo-require-preflight", "x-apollo-operation-name"],
      maxAge: 600,
    });
  }
  const log = installRequestLog(app, options.logger, { sample: options.logSample ?? 1 });
  await installExplorer(app);
  if (options.graphiql === true) await installGraphiql(app);
  installQuerylessGet(app, options.graphiql === true);
  installPersistedQueryCheck(app);
  if (options.trustedDocuments?.mode === "only") {
    installTrustedDocuments(app, options.trustedDocuments.documents);
  }
  installHttpCaching(app, holder, options.httpCacheMaxAge ?? HTTP_DEFAULTS.httpCacheMaxAge);
  installProbes(app, holder, readiness, { show: options.healthDetails === true, cache });
  const lookUp = cache === null ? null : installResponseCache(app, cache, holder);
  const metricsOption = options.metrics ?? true;
  const metrics =
    metricsOption === false ? null : new ServiceMetrics(holder, cache, fairness.refused);
  if (metrics !== null && metricsOption !== false) {
    const text = metricsOption === true ? () => metrics.text() : metricsOption(metrics);
    installMetrics(app, metrics, text, (request) => gate.turn(clientOf(request)));
  }
  if (hitPath !== null && lookUp !== null) {
    hitPath.enable({
      lookUp,
      fairness,
      trustProxyHops: limits.trustProxyHops,
      readiness,
      log,
      metrics,
    });
  }

  const contextOf = (request: FastifyRequest): Context => {
    const outcome: RequestOutcome = { operationName: null, errorCodes: [] };
    request.graphqlOutcome = outcome;
    return {
      kb: holder.current,
      requestId: request.id,
      outcome,
      client: clientOf(request),
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
          introspection: options.introspection ?? APOLLO_DEFAULTS.introspection,
          gate,
          contextOf,
        });
  app.route({
    url: "/graphql",
    method: ["GET", "POST", "OPTIONS"],
    handler: compiledFirst(
      fastifyApolloHandler(apollo, {
        context: async (request) => apolloContext(request, contextOf(request)),
      }),
      compiled,
    ),
  });
  return app;
}
