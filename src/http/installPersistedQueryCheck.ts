import type { FastifyInstance, FastifyRequest } from "fastify";
import { ErrorCode } from "../graphql/index.js";
import { routeUrl } from "./routeUrl.js";

/** A SHA-256 as APQ clients send it and Apollo compares it: 64 lowercase hex digits. */
const SHA256_HEX = /^[0-9a-f]{64}$/;

const HOW =
  "send the SHA-256 of the query text as extensions.persistedQuery.sha256Hash, 64 lowercase hexadecimal characters, with version 1";

/** What a value is, for a message that never echoes it (a hash may be 90 KB of anything). */
function described(value: unknown): string {
  if (typeof value === "string") return `a string of ${value.length} characters`;
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * What is wrong with a request's `extensions.persistedQuery`, as "what went wrong: how to
 * fix it", or null when it is absent or well formed (version 1, a SHA-256 in lowercase hex).
 * Before, Apollo looked a 90 KB "hash" up in the store and answered that the query was not
 * found, to be resent with "the same hash", or, with a query, that the hash did not match.
 * Constant work: a hash longer than 64 characters is refused by its length.
 */
export function persistedQueryProblem(extensions: unknown): string | null {
  if (typeof extensions !== "object" || extensions === null) return null;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (persisted === undefined) return null;
  if (typeof persisted !== "object" || persisted === null || Array.isArray(persisted)) {
    return `extensions.persistedQuery is ${described(persisted)}, not an object: ${HOW}`;
  }
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1) {
    const given = typeof version === "number" ? `${version}` : described(version);
    return `extensions.persistedQuery.version is ${given}, not 1 (the only version of automatic persisted queries): ${HOW}`;
  }
  if (typeof sha256Hash !== "string" || sha256Hash.length !== 64 || !SHA256_HEX.test(sha256Hash)) {
    return `extensions.persistedQuery.sha256Hash is ${described(sha256Hash)}, not a SHA-256: ${HOW}`;
  }
  return null;
}

/**
 * The `extensions` of a GraphQL request: a POST body's as sent, a GET's parameter read as
 * JSON. Bound on the parse: only a GET's parameter is parsed, and it lies within Node's 16 KB
 * of headers (a larger request is answered 431 before any hook), a JSON.parse of tens of
 * microseconds. A POST body's `extensions` must be an object: a string is returned as it is,
 * unparsed (so not up to the 100 KiB body limit), and Apollo refuses it with 400 BAD_REQUEST.
 */
export function extensionsOf(request: Pick<FastifyRequest, "method" | "query" | "body">): unknown {
  const fromUrl = request.method === "GET";
  const source = (fromUrl ? request.query : request.body) as Record<string, unknown> | undefined;
  if (typeof source !== "object" || source === null) return undefined;
  const extensions = source.extensions;
  if (!fromUrl || typeof extensions !== "string") return extensions;
  try {
    return JSON.parse(extensions);
  } catch {
    // Not JSON: Apollo answers it as a malformed request.
    return undefined;
  }
}

/**
 * Refuses a GraphQL request whose persisted-query extension cannot name a document (see
 * {@link persistedQueryProblem}) with HTTP 400 BAD_REQUEST, before the trusted documents,
 * the response cache or Apollo see it.
 */
export function installPersistedQueryCheck(app: FastifyInstance): void {
  app.addHook("preHandler", (request, reply, done) => {
    if (routeUrl(request) !== "/graphql" || request.method === "OPTIONS") return done();
    const problem = persistedQueryProblem(extensionsOf(request));
    if (problem === null) return done();
    reply
      .status(400)
      .type("application/json; charset=utf-8")
      .header("cache-control", "no-store")
      .send({ errors: [{ message: problem, extensions: { code: ErrorCode.BAD_REQUEST } }] });
  });
}
