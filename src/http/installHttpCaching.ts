import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { KnowledgeBaseHolder } from "../knowledge/index.js";
import { isStorableAnswer } from "./isStorableAnswer.js";
import { routeUrl } from "./routeUrl.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set for a GraphQL GET: the ETag its answer carries when it has no error. */
    httpEtag?: string;
  }
}

/** Content types a browser may send cross-site without a preflight (Apollo's list). */
const SIMPLE_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

/**
 * Whether a GET passes Apollo's CSRF prevention (a header a simple cross-site request
 * cannot carry): only such requests are answered 304, as only they are ever answered 200.
 */
function passesCsrfPrevention(request: FastifyRequest): boolean {
  const { headers } = request;
  if (headers["apollo-require-preflight"] !== undefined) return true;
  if (headers["x-apollo-operation-name"] !== undefined) return true;
  const type = headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  return type !== undefined && !SIMPLE_TYPES.includes(type);
}

/**
 * HTTP caching of GraphQL GETs (the schema has no mutation: every GET is read-only).
 * Their ETag is a digest of the data version, the URL (document, variables, extensions)
 * and the Accept header, so it is known before anything runs: a request whose
 * `If-None-Match` holds it is answered 304 at once. An answer of 200 without errors
 * carries the ETag and `Cache-Control: public, max-age=<maxAgeSeconds>`; any other GET
 * answer, `no-store`. A reload that changes the data changes the version, and so every
 * ETag. POSTs are left alone (HTTP caches do not store them).
 */
export function installHttpCaching(
  app: FastifyInstance,
  holder: KnowledgeBaseHolder,
  maxAgeSeconds: number,
): void {
  const cacheControl = maxAgeSeconds > 0 ? `public, max-age=${maxAgeSeconds}` : "no-cache";
  app.addHook("preHandler", (request, reply, done) => {
    if (request.method !== "GET" || routeUrl(request) !== "/graphql") {
      done();
      return;
    }
    const digest = createHash("sha256")
      .update(`${holder.current.version}\u0000${request.url}\u0000${request.headers.accept ?? ""}`)
      .digest("base64url")
      .slice(0, 27);
    const etag = `"${digest}"`;
    request.httpEtag = etag;
    const match = request.headers["if-none-match"];
    if (match !== undefined && passesCsrfPrevention(request)) {
      const tags = match.split(",").map((t) => t.trim().replace(/^W\//, ""));
      if (tags.includes(etag) || tags.includes("*")) {
        reply.status(304).header("etag", etag).header("cache-control", cacheControl).send();
        return;
      }
    }
    done();
  });
  app.addHook("onSend", (request, reply, payload, done) => {
    const etag = request.httpEtag;
    if (etag === undefined || reply.statusCode === 304) {
      done(null, payload);
      return;
    }
    if (isStorableAnswer(reply.statusCode, payload))
      reply.header("etag", etag).header("cache-control", cacheControl);
    else reply.header("cache-control", "no-store");
    done(null, payload);
  });
}
