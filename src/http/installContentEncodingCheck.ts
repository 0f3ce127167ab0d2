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
 * so such requests still count against their client's limits. A Transfer-Encoding other
 * than `chunked` alone (such as `gzip, chunked`) is refused the same way, with 400.
 */
export function installContentEncodingCheck(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    const transfer = request.headers["transfer-encoding"];
    if (transfer !== undefined && transfer.trim().toLowerCase() !== "chunked") {
      // Node frames the body by its last coding (chunked) and passes the rest undecoded:
      // `gzip, chunked` was read as if plain. RFC 9112 (6.1) suggests 501; 400 says the
      // request is the client's to change, with the code every malformed request gets.
      const named = transfer.length > NAMED_CHARS ? `${transfer.slice(0, NAMED_CHARS)}…` : transfer;
      reply
        .status(400)
        .header("connection", "close")
        .type("application/json; charset=utf-8")
        .send({
          errors: [
            {
              message: `the body is sent with transfer-encoding ${JSON.stringify(named)}, which this service does not decode: send it with Content-Length, or with Transfer-Encoding: chunked alone`,
              extensions: { code: httpErrorCode(400) },
            },
          ],
        });
      return;
    }
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
