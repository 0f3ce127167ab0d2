import type { FastifyInstance } from "fastify";
import { httpErrorCode } from "./httpErrors.js";

/** Characters of a refused Content-Encoding named back in the message. */
const NAMED_CHARS = 40;

/**
 * Refuses a request whose body declares a content coding (`Content-Encoding` other than
 * `identity`) with HTTP 415 UNSUPPORTED_MEDIA_TYPE and `accept-encoding: identity`, as RFC
 * 9110 (8.4.1) asks of a server that does not decode it, on every route, before the body is
 * read. Nothing here decompresses, so a zip bomb costs nothing; before (red-team round 10)
 * the coding was ignored: a gzipped body was answered "not valid JSON", and a plain body
 * labelled `deflate` or `br` was read as if unlabelled. Installed after the fairness hooks,
 * so such requests still count against their client's limits.
 */
export function installContentEncodingCheck(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    const coding = request.headers["content-encoding"];
    if (coding === undefined || coding.trim().toLowerCase() === "identity") {
      done();
      return;
    }
    const named = coding.length > NAMED_CHARS ? `${coding.slice(0, NAMED_CHARS)}…` : coding;
    reply
      .status(415)
      .header("accept-encoding", "identity")
      .type("application/json; charset=utf-8")
      .send({
        errors: [
          {
            message: `the body is declared as content-encoding ${JSON.stringify(named)}, which this service does not decode: send the body uncompressed, without a Content-Encoding header`,
            extensions: { code: httpErrorCode(415) },
          },
        ],
      });
  });
}
