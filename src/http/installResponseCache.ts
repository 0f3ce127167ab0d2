import type { FastifyInstance, FastifyRequest } from "fastify";
import type { KnowledgeBaseHolder } from "../knowledge/index.js";
import { isStorableAnswer } from "./isStorableAnswer.js";
import { jsonBodyParser } from "./jsonBodyParser.js";
import { type CachedResponse, ResponseCache } from "./ResponseCache.js";
import { routeUrl } from "./routeUrl.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set for cacheable GraphQL requests: where the response goes in the cache. */
    responseCacheKey?: string;
    /** Set when the body's text is a key of the cache: the response to send, unparsed. */
    responseCacheHit?: CachedResponse;
    /** The cache key of a JSON POST to /graphql, from its text, until its body is checked. */
    responseCacheCandidate?: string;
  }
}

/**
 * Serves a repeated GraphQL POST from the cache of serialized responses. Only requests
 * that already passed every check before GraphQL runs (body size, JSON parsing, an
 * application/json content type, which satisfies CSRF prevention) are looked up, and only
 * answers the response itself shows storable (isStorableAnswer: 200, no errors) are stored,
 * so a cached answer is byte for byte what the same request got from Apollo on the same
 * data version. A reload empties it. A response is stored the second time its request is
 * answered (see ResponseCache.offer).
 *
 * Keyed by the body's text as received, looked up by the JSON body parser (Fastify's own,
 * wrapped) before it parses: a text the cache holds was parsed, checked (the
 * well-formedness below, trusted documents) and answered before, with the same outcome
 * every time, so a hit is sent unparsed (its body left undefined) from the preHandler,
 * after the checks that come before it. Any other text is parsed and, when well-formed,
 * counted as a miss there (once, not looked up again) and its answer offered to the cache.
 * Returns the same look-up for the cache-hit path (installCacheHitPath), which answers
 * hits before Fastify.
 */
export function installResponseCache(
  app: FastifyInstance,
  cache: ResponseCache,
  holder: KnowledgeBaseHolder,
): CacheLookUp {
  let version = holder.current.version;
  const parseJson = jsonBodyParser(app);
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser(
    "application/json",
    { parseAs: "string" },
    (request, text: string, done) => {
      const key = cacheKey(request, text);
      if (key !== null) {
        const hit = cache.hit(key);
        if (hit !== undefined) {
          request.responseCacheHit = hit;
          done(null, undefined);
          return;
        }
        request.responseCacheCandidate = key;
      }
      parseJson(request, text, done);
    },
  );
  // Callback-style hooks: on the hot path, an async hook's promise and extra tick cost
  // more than the lookup itself.
  app.addHook("preHandler", (request, reply, done) => {
    const hit = request.responseCacheHit;
    const key = request.responseCacheCandidate;
    if (hit === undefined && key !== undefined && isCacheableRequest(request.body)) {
      // The parser looked the key up already and missed: counted now, not looked up again.
      cache.miss();
      request.responseCacheKey = key;
    }
    if (hit === undefined) {
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

  /** The cache key of a JSON POST to /graphql with body `text`; null for anything else. */
  function cacheKey(request: FastifyRequest, text: string): string | null {
    if (request.method !== "POST" || routeUrl(request) !== "/graphql") return null;
    if (!(request.headers["content-type"] ?? "").startsWith("application/json")) return null;
    return keyOf(request.headers.accept, text);
  }

  /** The key of body `text` with Accept `accept` on the data served now (a reload empties the cache first). */
  function keyOf(accept: string | undefined, text: string): string {
    if (holder.current.version !== version) {
      cache.clear();
      version = holder.current.version;
    }
    return ResponseCache.key(version, accept ?? "", text);
  }
  return (accept, text) => cache.hit(keyOf(accept, text));
}

/**
 * The cached answer of a JSON POST to /graphql with Accept `accept` and body `text`, as
 * the body parser above looks it up (counted as a hit when found; nothing counted when
 * not: the request then goes through the parser, which counts it).
 */
export type CacheLookUp = (accept: string | undefined, text: string) => CachedResponse | undefined;

/** The members a GraphQL request body may have (GraphQL over HTTP). */
const REQUEST_MEMBERS: ReadonlySet<string> = new Set([
  "query",
  "operationName",
  "variables",
  "extensions",
]);

/** Null, undefined or a plain (non-array) object: what variables and extensions may be. */
const isMap = (v: unknown): boolean => v == null || (typeof v === "object" && !Array.isArray(v));

/**
 * Whether a parsed body is a well-formed GraphQL request (query, operationName, variables,
 * extensions and nothing else, each of the type the spec allows; the query may be left
 * out when extensions.persistedQuery names it by hash). Anything else goes to Apollo to be
 * answered (and refused) as usual, never cached. Allocates nothing: it runs on every hit.
 */
function isCacheableRequest(body: unknown): boolean {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const request = body as Record<string, unknown>;
  for (const member in request) {
    if (!REQUEST_MEMBERS.has(member) && Object.hasOwn(request, member)) return false;
  }
  const { query, operationName, variables, extensions } = request;
  // Hash-only (automatic persisted queries): the hash names the document as its text would.
  const hashOnly =
    query === undefined &&
    typeof (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)
      ?.persistedQuery?.sha256Hash === "string";
  if (typeof query !== "string" && !hashOnly) return false;
  if (operationName != null && typeof operationName !== "string") return false;
  return isMap(variables) && isMap(extensions);
}
