import type { FastifyInstance } from "fastify";
import { httpErrorCode } from "./httpErrors.js";

/** The message of a request refused for its Host header (the header itself is not echoed). */
const MESSAGE =
  "the Host header is missing or not a host name, address or host:port: send the server's own host, as HTTP clients do";

/**
 * Refuses, with HTTP 400 BAD_REQUEST before GraphQL runs, a request to /graphql whose Host
 * header cannot be the host of a URL (`[`, `a b`, none at all in HTTP/1.0): Apollo's
 * Fastify integration builds a URL from it, so it would otherwise fail there with a logged
 * 500 INTERNAL_SERVER_ERROR, while the compiled path, which never reads the host, would
 * answer 200 (RFC 9112 asks servers to refuse an invalid Host anyway). Other routes are
 * left alone: a health checker speaking HTTP/1.0 without Host still gets /health.
 * Installed after the fairness hooks, so such requests still count against their
 * client's limits.
 */
export function installHostCheck(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    // Exactly the URL Apollo's integration builds (fastifyRequestToGraphQLRequest).
    if (
      request.routeOptions.url !== "/graphql" ||
      URL.canParse(request.url, `${request.protocol}://${request.hostname}/`)
    ) {
      done();
      return;
    }
    reply
      .status(400)
      .type("application/json; charset=utf-8")
      .send({ errors: [{ message: MESSAGE, extensions: { code: httpErrorCode(400) } }] });
  });
}
