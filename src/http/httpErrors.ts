import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance } from "fastify";
import { ErrorCode, INTERNAL_ERROR_MESSAGE } from "../graphql/index.js";

/** The methods /graphql takes (HEAD as GET), for a 405's Allow header and message. */
export const GRAPHQL_METHODS = "GET, HEAD, POST, OPTIONS";

/** `extensions.code` of errors answered before GraphQL runs, by HTTP status. */
export function httpErrorCode(status: number): string {
  switch (status) {
    case 400:
      return ErrorCode.BAD_REQUEST;
    case 404:
      return ErrorCode.NOT_FOUND;
    case 405:
      return ErrorCode.METHOD_NOT_ALLOWED;
    case 408:
      return ErrorCode.REQUEST_TIMEOUT;
    case 413:
      return ErrorCode.PAYLOAD_TOO_LARGE;
    case 415:
      return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
    case 429:
      return ErrorCode.RATE_LIMITED;
    case 431:
      return ErrorCode.REQUEST_HEADER_FIELDS_TOO_LARGE;
    default:
      return status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST;
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
    case 429:
      return "slow down: retry after the seconds the retry-after header gives";
    case 431:
      return "send smaller headers (at most 16 KB in all)";
    case 408:
      return "send the whole request sooner";
    case 417:
      return "send no Expect header, or Expect: 100-continue";
    case 405:
      return `use ${GRAPHQL_METHODS} on /graphql (POST for a JSON body, GET with the query in the URL)`;
    default:
      return 'send a GraphQL request as a JSON object such as {"query": "...", "variables": {...}}';
  }
}

/** A GraphQL-shaped JSON error body for `status`, with the message and what to do. */
export function httpErrorBody(status: number, message: string): string {
  return JSON.stringify({
    errors: [
      { message: `${message}: ${hint(status)}`, extensions: { code: httpErrorCode(status) } },
    ],
  });
}

/**
 * Fastify's clientErrorHandler: errors Node reports before a request exists (headers
 * too large, a request or its headers too slow, malformed HTTP) are answered, when the
 * socket can still be written, with the same GraphQL-shaped JSON as every other error,
 * then the connection is closed.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === "ECONNRESET" || socket.destroyed) return;
  const [status, reason, message] =
    err.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "Request Timeout", "request too slow"]
      : err.code === "HPE_HEADER_OVERFLOW"
        ? [431, "Request Header Fields Too Large", "request headers too large"]
        : [400, "Bad Request", "malformed HTTP request"];
  if (socket.writable) {
    const body = httpErrorBody(status, message);
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/**
 * Answers a request whose Expect header is not `100-continue` (which Node answers itself)
 * with 417 and the same GraphQL-shaped JSON as every other error, closing the connection
 * (Node's own 417 has no body and keeps it open).
 */
export function expectationFailed(_req: IncomingMessage, res: ServerResponse): void {
  const body = httpErrorBody(417, "unsupported Expect header");
  res.writeHead(417, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    connection: "close",
  });
  res.end(body);
}

/**
 * Every error answered outside GraphQL (bad JSON, wrong content type, body too large,
 * unknown route) gets a GraphQL-shaped JSON body, `{ errors: [{ message, extensions:
 * { code } }] }`, never an HTML page, its message "what went wrong: how to fix it" (the
 * error's own `hint` if it has one, else the status's). Server errors are logged in full
 * and masked.
 */
export function installHttpErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status =
      error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, "unexpected HTTP error");
    // An error that knows its own fix carries it as `hint` (one fix per message, not two).
    const fix = "hint" in error && typeof error.hint === "string" ? error.hint : hint(status);
    const message = status >= 500 ? INTERNAL_ERROR_MESSAGE : `${error.message}: ${fix}`;
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
    // The GraphQL route exists but not for this method (PUT, DELETE, PATCH ...): say which
    // methods it takes, as the GraphQL-over-HTTP spec and HTTP's 405 ask.
    if (request.url.split("?")[0] === "/graphql") {
      void reply
        .status(405)
        .header("allow", GRAPHQL_METHODS)
        .type("application/json; charset=utf-8")
        .send(httpErrorBody(405, `${request.method} is not taken on /graphql`));
      return;
    }
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
