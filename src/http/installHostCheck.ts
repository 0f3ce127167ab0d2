import type { FastifyInstance, FastifyRequest } from "fastify";
import { httpErrorCode } from "./httpErrors.js";
import { routeUrl } from "./routeUrl.js";

/** The message of a request refused for its Host header (the header itself is not echoed). */
const MESSAGE =
  "the Host header is missing or not a host name, address or host:port: send the server's own host, as HTTP clients do";

/** The message of an HTTP/1.1 request without a Host header. */
const MISSING =
  "an HTTP/1.1 request needs a Host header and this one has none: send the server's own host, as HTTP clients do";

/** Characters that, second in a target after `/`, may start an authority (`//`, `/\`, or `/` once tab and newlines are dropped). */
const NOT_PLAIN_SECOND = new Set([0x2f, 0x5c, 0x09, 0x0a, 0x0d]);

/**
 * Whether a request target is a plain path (`/`, then anything but a second `/`, a `\`, a
 * tab or a newline): resolved against a valid base URL, such a path always parses, so only
 * the base can fail. Anything else (`//host`, `/\host`, `*`, an absolute URL) is parsed whole.
 */
function isPlainPath(url: string): boolean {
  return url.charCodeAt(0) === 0x2f && !NOT_PLAIN_SECOND.has(url.charCodeAt(1));
}

/**
 * The host name Fastify's `request.hostname` gives for a Host header `host` (fastify
 * lib/request.js, without trustProxy, which this server never sets): a bracketed IPv6
 * address up to its `]`, else the text before the first `:`. `a b:c@d` gives `a b`.
 */
export function hostnameOf(host: string): string {
  if (host[0] === "[") return host.slice(0, host.indexOf("]") + 1);
  return host.split(":", 1)[0] ?? "";
}

/**
 * The base URL Apollo's Fastify integration resolves a /graphql target against
 * (`${request.protocol}://${request.hostname}/`), built from the protocol and the raw Host
 * header (`""` when there is none, as Fastify's `request.host`). The one rule both the host
 * check and the cache-hit path use, so a Host refused by one is refused by the other.
 */
export function graphqlBase(protocol: string, host: string): string {
  return `${protocol}://${hostnameOf(host)}/`;
}

/** The base URL last checked and whether it parses (see {@link canParseTarget}). */
export interface BaseVerdict {
  base: string;
  valid: boolean;
}

/**
 * Whether `new URL(url, base)` succeeds, exactly, for a request target `url` of Latin-1
 * characters (as node:http decodes them), without parsing anything for a plain path against
 * the base `known` holds: clients send the same Host again and again, so the verdict on the
 * last base is remembered there (one entry, bounded whatever they send).
 */
export function canParseTarget(url: string, base: string, known: BaseVerdict): boolean {
  if (!isPlainPath(url)) return parses(url, base);
  if (base !== known.base) {
    known.base = base;
    known.valid = parses(base);
  }
  return known.valid;
}

/**
 * Whether `new URL(url, base)` succeeds: what Apollo's integration builds. Not
 * `URL.canParse`: on Node 20, once optimised, it answers false for a Latin-1 string with a
 * character over 0x7f ("http://ä/" from a Host header), where `new URL` parses it (seen by
 * tests/api/hostCheckTarget.test.ts after a few thousand calls).
 */
function parses(url: string, base?: string): boolean {
  try {
    new URL(url, base);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a request breaks RFC 9112 §3.2 by its lack of a Host header: HTTP/1.1 (or a
 * later 1.x) with none at all. HTTP/1.0 needs none (a health checker may send none).
 */
function missesHost(request: FastifyRequest): boolean {
  const { raw } = request;
  return raw.httpVersionMajor === 1 && raw.httpVersionMinor >= 1 && raw.headers.host === undefined;
}

/**
 * Refuses, with HTTP 400 BAD_REQUEST (JSON, as every error before GraphQL), any HTTP/1.1
 * request without a Host header, on every route (RFC 9112 §3.2 requires the 400; Node's own
 * check is off, see createHttpServer, because its bare answer no bound counted), and a
 * request to /graphql whose Host header cannot be the host of a URL (`[`, `a b`, none at
 * all in HTTP/1.0): Apollo's Fastify integration builds a URL from it, so it would
 * otherwise fail there with a logged 500 INTERNAL_SERVER_ERROR, while the compiled path,
 * which never reads the host, would answer 200. Other routes take HTTP/1.0 without Host:
 * a health checker speaking it still gets /health. Installed after the fairness hooks, so
 * such requests still count against their client's limits (and, answered by Fastify, each
 * counts toward MAX_PIPELINED).
 */
export function installHostCheck(app: FastifyInstance): void {
  const known: BaseVerdict = { base: "", valid: false };
  app.addHook("onRequest", (request, reply, done) => {
    // For /graphql, exactly the URL Apollo's integration builds (fastifyRequestToGraphQLRequest).
    const missing = missesHost(request);
    if (
      !missing &&
      (routeUrl(request) !== "/graphql" ||
        canParseTarget(request.url, graphqlBase(request.protocol, request.host), known))
    ) {
      done();
      return;
    }
    const message = missing ? MISSING : MESSAGE;
    reply
      .status(400)
      .type("application/json; charset=utf-8")
      .send({ errors: [{ message, extensions: { code: httpErrorCode(400) } }] });
  });
}
