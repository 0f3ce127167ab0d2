import type { FastifyError, FastifyInstance } from "fastify";

/** `extensions.code` of errors answered before GraphQL runs, by HTTP status. */
export function httpErrorCode(status: number): string {
  switch (status) {
    case 400:
      return "BAD_REQUEST";
    case 404:
      return "NOT_FOUND";
    case 405:
      return "METHOD_NOT_ALLOWED";
    case 408:
      return "REQUEST_TIMEOUT";
    case 413:
      return "PAYLOAD_TOO_LARGE";
    case 415:
      return "UNSUPPORTED_MEDIA_TYPE";
    default:
      return status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST";
  }
}

/** What to do about each HTTP error, appended to the message. */
function hint(status: number): string {
  switch (status) {
    case 413:
      return "send a smaller body (at most 100 KB)";
    case 415:
      return "send the query as application/json (POST) or in the URL (GET)";
    case 404:
      return "use POST or GET /graphql, or GET /health";
    default:
      return 'send a GraphQL request as JSON: {"query": "...", "variables": {...}}';
  }
}

/**
 * Every error answered outside GraphQL (bad JSON, wrong content type, body too large,
 * unknown route) gets a GraphQL-shaped JSON body, `{ errors: [{ message, extensions:
 * { code } }] }`, never an HTML page. Server errors are logged in full and masked.
 */
export function installHttpErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status =
      error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, "unexpected HTTP error");
    const message =
      status >= 500
        ? "Internal server error: the failure was logged; try again later or report it"
        : `${error.message}: ${hint(status)}`;
    void reply
      .status(status)
      .type("application/json; charset=utf-8")
      .send({
        errors: [
          {
            message,
            extensions: {
              code: httpErrorCode(status),
              ...(status >= 500 ? { requestId: request.id } : {}),
            },
          },
        ],
      });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .status(404)
      .type("application/json; charset=utf-8")
      .send({
        errors: [
          {
            message: `no route ${request.method} ${request.url.split("?")[0]}: ${hint(404)}`,
            extensions: { code: httpErrorCode(404) },
          },
        ],
      });
  });
}
