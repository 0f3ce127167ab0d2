import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { RequestOutcome } from "../graphql/index.js";
import { forwardedClient } from "./clientAddress.js";
import { MAX_ACCEPT_BYTES } from "./installAcceptBound.js";
import type { Fairness } from "./installFairness.js";
import { MAX_HEADER_FIELDS } from "./installHeaderCount.js";
import { type BaseVerdict, canParseTarget, graphqlBase } from "./installHostCheck.js";
import type { LogAnswered } from "./installRequestLog.js";
import type { CacheLookUp } from "./installResponseCache.js";
import { operationLabel } from "./operationNames.js";
import type { Readiness } from "./Readiness.js";
import { requestIdOf } from "./requestId.js";
import type { ServiceMetrics } from "./ServiceMetrics.js";

/** What the cache-hit path counts and writes with: the server's own, known once it is built. */
export interface CacheHitParts {
  /** The response cache's look-up, shared with its body parser. */
  readonly lookUp: CacheLookUp;
  /** The per-client counts (requests in flight, rate), shared with their hooks. */
  readonly fairness: Fairness;
  /** TRUST_PROXY's hops: the client address is read as installClientAddress reads it. */
  readonly trustProxyHops: number;
  /** Whether the service is draining (answers then carry `connection: close`). */
  readonly readiness: Readiness;
  /** The request log (null: nothing logged at this level). */
  readonly log: LogAnswered | null;
  /** The metrics (null: METRICS=false). */
  readonly metrics: ServiceMetrics | null;
}

/** The cache-hit path of a server: off until {@link CacheHitPath.enable}. */
export interface CacheHitPath {
  /** Starts answering hits with `parts` (call once the server's hooks are installed). */
  enable(parts: CacheHitParts): void;
}

/** The content types a hit may be sent with (what JSON clients send); any other goes to Fastify. */
const JSON_TYPES: ReadonlySet<string> = new Set([
  "application/json",
  "application/json; charset=utf-8",
]);

/** A Content-Length as clients write it: digits, no sign, no leading zero. */
const DECIMAL = /^[1-9][0-9]{0,8}$/;

/** Where a request whose body was read here, and not answered, keeps that body for Fastify. */
const READ_BODY = Symbol("readBody");
interface ReadRequest extends IncomingMessage {
  [READ_BODY]?: Buffer;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Answers a repeated GraphQL POST from the response cache before Fastify's routing and
 * hooks, with the same bytes, headers and counts as Fastify's path through the hooks
 * (see createHttpServer's list): the request id header (and `connection: close` when
 * draining), the client's requests in flight and its rate (its headers; a request the
 * limits would refuse goes to Fastify, which refuses it), the cached body as stored, then
 * the request log line and the metrics. Fastify's hooks answer a cached request in about
 * 25-35 µs of CPU more than this, on a request that costs 70-110 µs in all.
 *
 * Only the plainest requests are looked up here: POST of exactly `/graphql` over HTTP/1.1,
 * `Content-Type: application/json` (optionally `; charset=utf-8`), a Content-Length within
 * `bodyLimit`, no Transfer-Encoding or Content-Encoding, a Host that makes a URL, an
 * Accept within MAX_ACCEPT_BYTES and at most MAX_HEADER_FIELDS header fields: everything
 * Fastify's onRequest hooks would refuse goes to them. The body is read once the request
 * has fully arrived: in the event loop's turn after its headers (setImmediate; node's
 * parser calls the request listener from native code and runs the tick queue on return,
 * before it parses the body, so a next tick is too early), when the parser has taken
 * every byte the socket read; a body that has not arrived then goes to Fastify unread. A body read here
 * that is not a hit goes to Fastify too, which reads it again from a stream of the same
 * bytes (a preParsing hook), with every check of its own. Nothing is installed in a
 * server whose hits must go through other hooks (CORS, tracing): createHttpServer leaves
 * it off there.
 *
 * Installed before the connection limits (installFairness), whose pipelining bound wraps
 * the server's request listener: hits count toward MAX_PIPELINED as any request does.
 * Once Fastify starts closing (its 503s while draining) nothing is answered here.
 */
export function installCacheHitPath(app: FastifyInstance, bodyLimit: number): CacheHitPath {
  let parts: CacheHitParts | null = null;
  let closing = false;
  app.addHook("preClose", (done) => {
    closing = true;
    done();
  });
  app.addHook("preParsing", (request, _reply, payload, done) => {
    const read = (request.raw as ReadRequest)[READ_BODY];
    done(null, read === undefined ? payload : Readable.from([read]));
  });
  const server = app.server;
  const handlers = server.listeners("request") as Handler[];
  server.removeAllListeners("request");
  const fastify: Handler = (req, res) => {
    for (const handler of handlers) handler.call(server, req, res);
  };
  const known: BaseVerdict = { base: "", valid: false };
  const plain = (req: IncomingMessage): boolean => {
    if (req.method !== "POST" || req.url !== "/graphql") return false;
    if (req.httpVersionMajor !== 1 || req.httpVersionMinor !== 1) return false;
    const { headers } = req;
    const type = headers["content-type"];
    if (type === undefined || !JSON_TYPES.has(type)) return false;
    const length = headers["content-length"];
    if (length === undefined || !DECIMAL.test(length) || Number(length) > bodyLimit) return false;
    if (headers["transfer-encoding"] !== undefined || headers["content-encoding"] !== undefined)
      return false;
    if (headers.accept !== undefined && headers.accept.length > MAX_ACCEPT_BYTES) return false;
    if (req.rawHeaders.length / 2 > MAX_HEADER_FIELDS) return false;
    const host = headers.host;
    // The host check's own base (graphqlBase; createHttpServer serves plain HTTP only):
    // `a b:c@d` fails there as `http://a b/`, so it fails here too.
    return host !== undefined && canParseTarget("/graphql", graphqlBase("http", host), known);
  };

  const answer = (req: IncomingMessage, res: ServerResponse, started: number): void => {
    const p = parts;
    if (p === null || closing || !req.complete) {
      fastify(req, res);
      return;
    }
    const body = req.read() as Buffer | null;
    if (body === null) {
      fastify(req, res);
      return;
    }
    const address = req.socket.remoteAddress;
    const client =
      address === undefined
        ? undefined
        : forwardedClient(address, req.headers["x-forwarded-for"], p.trustProxyHops);
    // The limits are asked before the cache, so a request they refuse is looked up once, by Fastify.
    const hit =
      client !== undefined &&
      p.fairness.mayStart(client) &&
      (p.fairness.rate?.admits(client) ?? true)
        ? p.lookUp(req.headers.accept, body.toString("utf8"))
        : undefined;
    if (hit === undefined || client === undefined) {
      (req as ReadRequest)[READ_BODY] = body;
      fastify(req, res);
      return;
    }
    const id = requestIdOf(req.headers);
    // The headers in the order Fastify's hooks set them.
    const headers: Record<string, string | number> = { "x-request-id": id };
    if (p.readiness.draining) headers.connection = "close";
    p.fairness.start(client, res);
    p.fairness.rate?.count(client, headers);
    headers["content-type"] = hit.contentType;
    headers["content-length"] = String(hit.body.length);
    if (p.metrics !== null) res.on("close", p.metrics.started());
    res.writeHead(200, headers);
    res.end(hit.body);
    const ms = performance.now() - started;
    const outcome: RequestOutcome = {
      operationName: hit.operationName ?? null,
      errorCodes: [],
      cached: true,
    };
    p.log?.(id, {
      method: "POST",
      url: "/graphql",
      status: 200,
      ms: Math.round(ms * 100) / 100,
      outcome,
    });
    p.metrics?.observe({
      route: "/graphql",
      operation: operationLabel(outcome.operationName),
      status: 200,
      code: "none",
      seconds: ms / 1000,
      compiled: false,
      beforeHooks: true,
    });
  };

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (parts === null || closing || !plain(req)) fastify(req, res);
    else setImmediate(answer, req, res, performance.now());
  });
  return {
    enable(given) {
      parts = given;
    },
  };
}
