import type { FastifyInstance, FastifyRequest } from "fastify";
import { documentHash, ErrorCode, type TrustedDocuments } from "../graphql/index.js";
import { routeUrl } from "./routeUrl.js";

/** The document a GraphQL request names: its text, its APQ hash, either or both. */
function documentOf(request: FastifyRequest): { query?: unknown; hash?: unknown } {
  const source = (request.method === "GET" ? request.query : request.body) as
    | Record<string, unknown>
    | undefined;
  if (typeof source !== "object" || source === null) return {};
  let extensions = source.extensions;
  if (typeof extensions === "string") {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      extensions = undefined;
    }
  }
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery;
  return { query: source.query, hash: persisted?.sha256Hash };
}

/**
 * TRUSTED_DOCUMENTS=only: a GraphQL request runs only when its document is one of the
 * published trusted documents, named by its exact text or by its SHA-256 as
 * `extensions.persistedQuery.sha256Hash` (APQ's field, so Apollo Client's persisted-query
 * link and Relay's persisted queries work unchanged). Anything else gets HTTP 403 with
 * TRUSTED_DOCUMENT_REQUIRED before GraphQL (or the response cache) sees it. A request
 * with neither text nor hash goes on, for Apollo to refuse as malformed. Requests are
 * picked by the route they reached, never by the raw URL: `/%67raphql` reaches /graphql too.
 */
export function installTrustedDocuments(app: FastifyInstance, trusted: TrustedDocuments): void {
  app.addHook("preHandler", (request, reply, done) => {
    if (routeUrl(request) !== "/graphql" || request.method === "OPTIONS") {
      done();
      return;
    }
    const { query, hash } = documentOf(request);
    const named = typeof query === "string" ? documentHash(query) : hash;
    if (named === undefined || (typeof named === "string" && trusted.has(named))) {
      done();
      return;
    }
    reply
      .status(403)
      .type("application/json; charset=utf-8")
      .send({
        errors: [
          {
            message:
              "this service runs only trusted documents: send an operation of trusted-documents.json, by its exact text or by its SHA-256 as extensions.persistedQuery.sha256Hash",
            extensions: { code: ErrorCode.TRUSTED_DOCUMENT_REQUIRED },
          },
        ],
      });
  });
}
