import type { FastifyInstance } from "fastify";
import { httpErrorCode } from "./httpErrors.js";

/**
 * Most header fields a request may have: 1 000, what Node kept before it was said here
 * (its parser keeps 2 000 entries, a name and a value each, and drops the rest without a
 * word). Within the 16 KB of headers a client can send about 1 800 short ones.
 */
export const MAX_HEADER_FIELDS = 1000;

/**
 * Refuses a request with more than {@link MAX_HEADER_FIELDS} header fields, on every route,
 * with HTTP 431 REQUEST_HEADER_FIELDS_TOO_LARGE in JSON. Node keeps one field more than the
 * limit (the server's `maxHeadersCount`), so a request over it is told so; before (red-team
 * round 10) Node dropped the fields past its count, the Host header the client wrote last
 * among them, and the request was answered that it had no Host header. Installed after the
 * fairness hooks (such requests still count against their client's limits) and before the
 * Host check.
 */
export function installHeaderCount(app: FastifyInstance): void {
  app.server.maxHeadersCount = MAX_HEADER_FIELDS + 1;
  app.addHook("onRequest", (request, reply, done) => {
    const fields = request.raw.rawHeaders.length / 2;
    if (fields <= MAX_HEADER_FIELDS) {
      done();
      return;
    }
    reply
      .status(431)
      .header("connection", "close")
      .type("application/json; charset=utf-8")
      .send({
        errors: [
          {
            message: `the request has more than ${MAX_HEADER_FIELDS} header fields: send fewer (the headers a client needs are a few dozen)`,
            extensions: { code: httpErrorCode(431) },
          },
        ],
      });
  });
}
