import type { FastifyInstance, FastifyRequest } from "fastify";
import type { KnowledgeBaseHolder } from "../knowledge/KnowledgeBaseHolder.js";
import { isStorableAnswer } from "./isStorableAnswer.js";
import { ResponseCache } from "./ResponseCache.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set for cacheable GraphQL requests: where the response goes in the cache. */
    responseCacheKey?: string;
  }
}

/**
 * Serves a repeated GraphQL POST from the cache of serialized responses. Only requests
 * that already passed every check before GraphQL runs (body size, JSON parsing, an
 * application/json content type, which satisfies CSRF prevention) are looked up, and only
 * answers the response itself shows storable (isStorableAnswer: 200, no errors) are stored, so a cached answer is byte for byte what
 * the same request got from Apollo on the same data version. A reload empties it. A
 * response is stored the second time its request is answered (see ResponseCache.offer).
 */
export function installResponseCache(
  app: FastifyInstance,
  cache: ResponseCache,
  holder: KnowledgeBaseHolder,
): void {
  let version = holder.current.version;
  // Callback-style hooks: on the hot path, an async hook's promise and extra tick cost
  // more than the lookup itself.
  app.addHook("preHandler", (request, reply, done) => {
    const key = cacheKey(request);
    const hit = key === null ? undefined : cache.get(key);
    if (hit === undefined) {
      if (key !== null) request.responseCacheKey = key;
      done();
      return;
    }
    request.graphqlOutcome = {
      operationName: hit.operationName ?? null,
      errorCodes: [],
      cached: true,
    };
    reply.status(200).type(hit.contentType).send(hit.body);
  });
  app.addHook("onSend", (request, reply, payload, done) => {
    const key = request.responseCacheKey;
    if (key !== undefined && isStorableAnswer(reply.statusCode, payload)) {
      cache.offer(
        key,
        payload,
        String(reply.getHeader("content-type") ?? "application/json"),
        request.graphqlOutcome?.operationName ?? null,
      );
    }
    done(null, payload);
  });

  /** The cache key of a well-formed JSON POST to /graphql; null for anything else. */
  function cacheKey(request: FastifyRequest): string | null {
    if (request.method !== "POST" || request.routeOptions.url !== "/graphql") return null;
    if (!(request.headers["content-type"] ?? "").startsWith("application/json")) return null;
    const parts = cacheableRequest(request.body);
    if (parts === null) return null;
    if (holder.current.version !== version) {
      cache.clear();
      version = holder.current.version;
    }
    try {
      return ResponseCache.key(version, request.headers.accept ?? "", parts);
    } catch {
      // JSON nested too deep to serialise (a RangeError): not cached, Apollo answers it.
      return null;
    }
  }
}

/**
 * The parts of a well-formed GraphQL request body (query, operationName, variables,
 * extensions, each of the type the spec allows; the query may be left out when
 * extensions.persistedQuery names it by hash), or null for anything else, which then
 * goes to Apollo to be answered (and refused) as usual.
 */
function cacheableRequest(body: unknown): unknown[] | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions, ...rest } = body as Record<string, unknown>;
  const isObject = (v: unknown) => v == null || (typeof v === "object" && !Array.isArray(v));
  if (Object.keys(rest).length > 0) return null;
  // Hash-only (automatic persisted queries): the hash names the document as its text would.
  const hashOnly =
    query === undefined &&
    typeof (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)
      ?.persistedQuery?.sha256Hash === "string";
  if (typeof query !== "string" && !hashOnly) return null;
  if (operationName != null && typeof operationName !== "string") return null;
  if (!isObject(variables) || !isObject(extensions)) return null;
  return [query ?? null, operationName ?? null, variables ?? null, extensions ?? null];
}
