import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import cors from "@fastify/cors";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { RequestOutcome } from "./context.js";
import { createApolloServer } from "./createApolloServer.js";
import { installExplorer } from "./explorerRoutes.js";
import { installHttpErrorHandlers } from "./httpErrors.js";
import type { KnowledgeBaseHolder } from "./KnowledgeBaseHolder.js";
import { ResponseCache } from "./ResponseCache.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set for GraphQL requests: what the request log records of the operation. */
    graphqlOutcome?: RequestOutcome;
    /** Set for cacheable GraphQL requests: where the response goes in the cache. */
    responseCacheKey?: string;
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
   * Origins allowed to call the API from a browser (CORS): a list of origins, or ["*"]
   * for any. Default: none, so only same-origin pages (the explorer) can.
   */
  readonly corsOrigins?: readonly string[];
  /** Longest time to receive a whole request, in ms (default 10 000); slow clients get 408. */
  readonly requestTimeoutMs?: number;
  /** Cache of serialized responses (see ResponseCache); null turns caching off. Default: 32 MiB. */
  readonly responseCache?: ResponseCache | null;
}

/** Resident set size and heap in use, in MiB, as /health reports them. */
function memoryMiB(): { rss: number; heapUsed: number } {
  const m = process.memoryUsage();
  return { rss: Math.round(m.rss / 2 ** 20), heapUsed: Math.round(m.heapUsed / 2 ** 20) };
}

/** Largest request body accepted (bytes); larger gets 413. A contract query is under 2 KB. */
export const BODY_LIMIT = 100 * 1024;

/**
 * The HTTP server: GraphQL at POST and GET /graphql, GET /health, one log line per
 * request (method, url, status, duration, operation name and error codes).
 * Call `listen` on the result; `close` drains in-flight requests.
 */
export async function createHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: BODY_LIMIT,
    requestTimeout: options.requestTimeoutMs ?? 10_000,
    // One line per request, written by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const apollo = createApolloServer({
    typeDefs: options.typeDefs,
    log: options.logger,
    production: options.production ?? false,
    introspection: options.introspection ?? true,
    plugins: [fastifyApolloDrainPlugin(app)],
  });
  await apollo.start();
  installHttpErrorHandlers(app);
  const origins = options.corsOrigins ?? [];
  if (origins.length > 0) {
    await app.register(cors, {
      origin: origins.includes("*") ? true : [...origins],
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "apollo-require-preflight", "x-apollo-operation-name"],
      maxAge: 600,
    });
  }

  app.addHook("onResponse", async (request, reply) => {
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
  });

  await installExplorer(app);

  app.get("/health", async () => {
    const kb = options.holder.current;
    return {
      status: "ok",
      version: kb.version,
      nodeCount: kb.stats.nodeCount,
      edgeCount: kb.stats.edgeCount,
      loadedAt: kb.loadedAt.toISOString(),
      loadMs: Math.round(kb.loadMs),
      pid: process.pid,
      memory: memoryMiB(),
      ...(cache === null ? {} : { responseCache: cache.stats() }),
    };
  });

  const cache = options.responseCache === undefined ? new ResponseCache() : options.responseCache;
  if (cache !== null) installResponseCache(app, cache, options.holder);

  await app.register(fastifyApollo(apollo), {
    path: "/graphql",
    method: ["GET", "POST", "OPTIONS"],
    context: async (request) => {
      const outcome: RequestOutcome = { operationName: null, errorCodes: [] };
      request.graphqlOutcome = outcome;
      return { kb: options.holder.current, requestId: request.id, outcome };
    },
  });
  return app;
}

/**
 * Serves a repeated GraphQL POST from the cache of serialized responses. Only requests
 * that already passed every check before GraphQL runs (body size, JSON parsing, an
 * application/json content type, which satisfies CSRF prevention) are looked up, and only
 * responses of 200 without errors are stored, so a cached answer is byte for byte what
 * the same request got from Apollo on the same data version. A reload empties it.
 */
function installResponseCache(
  app: FastifyInstance,
  cache: ResponseCache,
  holder: KnowledgeBaseHolder,
): void {
  let version = holder.current.version;
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "POST" || request.url.split("?")[0] !== "/graphql") return;
    if (!(request.headers["content-type"] ?? "").startsWith("application/json")) return;
    const parts = cacheableRequest(request.body);
    if (parts === null) return;
    if (holder.current.version !== version) {
      cache.clear();
      version = holder.current.version;
    }
    const key = ResponseCache.key(version, request.headers.accept ?? "", parts);
    const hit = cache.get(key);
    if (hit === undefined) {
      request.responseCacheKey = key;
      return;
    }
    request.graphqlOutcome = { operationName: null, errorCodes: [], cached: true };
    return reply.status(200).type(hit.contentType).send(hit.body);
  });
  app.addHook("onSend", async (request, reply, payload) => {
    const key = request.responseCacheKey;
    // Only answers that GraphQL produced without any error are stored.
    const clean = request.graphqlOutcome?.errorCodes.length === 0;
    if (key !== undefined && clean && reply.statusCode === 200 && typeof payload === "string") {
      cache.set(key, {
        body: payload,
        contentType: String(reply.getHeader("content-type") ?? "application/json"),
      });
    }
    return payload;
  });
}

/**
 * The parts of a well-formed GraphQL request body (query, operationName, variables,
 * extensions, each of the type the spec allows), or null for anything else, which then
 * goes to Apollo to be answered (and refused) as usual.
 */
function cacheableRequest(body: unknown): unknown[] | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions, ...rest } = body as Record<string, unknown>;
  const isObject = (v: unknown) => v == null || (typeof v === "object" && !Array.isArray(v));
  if (Object.keys(rest).length > 0 || typeof query !== "string") return null;
  if (operationName != null && typeof operationName !== "string") return null;
  if (!isObject(variables) || !isObject(extensions)) return null;
  return [query, operationName ?? null, variables ?? null, extensions ?? null];
}
