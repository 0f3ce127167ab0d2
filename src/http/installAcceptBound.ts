import type { FastifyInstance } from "fastify";
import { httpErrorCode } from "./httpErrors.js";

/**
 * Longest Accept header taken, in bytes: 1 KiB. Clients send a few types (a browser's
 * page request is under 200 bytes; GraphQL clients send one or two). Each of the header's
 * media ranges is parsed and sorted by Apollo's and the compiled path's negotiation, and
 * the header is part of the response cache's key: 15 KB of `*\/*` took 10-14 ms of CPU a
 * request here against 3-6 ms for the same request without it (red-team round 9).
 */
export const MAX_ACCEPT_BYTES = 1024;

/**
 * Refuses a request whose Accept header is longer than {@link MAX_ACCEPT_BYTES}, on every
 * route, with HTTP 431 REQUEST_HEADER_FIELDS_TOO_LARGE (RFC 6585: one field too large) in
 * JSON, as every error before GraphQL, before anything reads it. Installed after the
 * fairness hooks, so such requests still count against their client's limits.
 */
export function installAcceptBound(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    const accept = request.headers.accept;
    if (accept === undefined || accept.length <= MAX_ACCEPT_BYTES) {
      done();
      return;
    }
    reply
      .status(431)
      .type("application/json; charset=utf-8")
      .send({
        errors: [
          {
            message: `the Accept header is ${accept.length} bytes long, allowed ${MAX_ACCEPT_BYTES}: send only the media types you take, such as application/graphql-response+json, application/json`,
            extensions: { code: httpErrorCode(431) },
          },
        ],
      });
  });
}
