import type { FastifyInstance } from "fastify";
import { ErrorCode } from "../graphql/index.js";

/**
 * Refuses an answer larger than `maxBytes` before a byte of it is sent: the body is
 * replaced by a RESPONSE_TOO_LARGE error (HTTP 400). The cost limit bounds how large an
 * answer can grow while it is built; this bounds what sits in a socket's buffer. GraphiQL's
 * bundle (/graphiql/, about 1.7 MB built) is exempt: static files of the build.
 */
export function installResponseLimit(app: FastifyInstance, maxBytes: number): void {
  app.addHook("onSend", (request, reply, payload, done) => {
    // GraphiQL's script and styles are files of known size, built with the service.
    if (request.url.startsWith("/graphiql/")) {
      done(null, payload);
      return;
    }
    // A string of n characters has at most 3n bytes: most answers need no count.
    const size =
      typeof payload === "string"
        ? payload.length * 3 <= maxBytes
          ? 0
          : Buffer.byteLength(payload)
        : Buffer.isBuffer(payload)
          ? payload.length
          : 0;
    if (size <= maxBytes) {
      done(null, payload);
      return;
    }
    request.graphqlOutcome?.errorCodes.push(ErrorCode.RESPONSE_TOO_LARGE);
    reply.status(400).type("application/json; charset=utf-8");
    done(
      null,
      JSON.stringify({
        errors: [
          {
            message: `response too large: ${size} bytes, allowed ${maxBytes}: ask for fewer fields or smaller lists (first/limit)`,
            extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, size, limit: maxBytes },
          },
        ],
      }),
    );
  });
}
