import { isIP } from "node:net";
import type { FastifyInstance, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    /** With TRUST_PROXY, the client's address read from X-Forwarded-For (see clientOf). */
    forwardedClient?: string;
  }
}

/**
 * Most characters of X-Forwarded-For read, from its end (where the trusted proxies
 * wrote): 10 hops of the longest IPv6 address (45 characters) and their separators fit;
 * a header's older entries, which a client may have forged, are never read.
 */
export const FORWARDED_MAX_CHARS = 1024;

/** Most proxies TRUST_PROXY may name (each adds an entry to X-Forwarded-For). */
export const MAX_PROXY_HOPS = 10;

/**
 * The client address of a request that came through `hops` trusted proxies, each of
 * which appended the address it was connected from to X-Forwarded-For (nginx, Envoy,
 * cloud load balancers do): the nearest proxy is the socket's peer, the client is the
 * entry `hops - 1` from the header's end. Reads at most `hops` entries within the header's
 * last {@link FORWARDED_MAX_CHARS} characters, so entries a client sent ahead of the real
 * ones are never looked at. With fewer entries than hops, the first one (the farthest
 * hop that wrote). `socketAddress` when `hops` is 0, when there is no header, or when an
 * entry read is not a bare IP address (a proxy that writes ports or names, a header
 * past the bound): the whole proxy is then one client, as without TRUST_PROXY.
 */
export function forwardedClient(
  socketAddress: string,
  header: string | readonly string[] | undefined,
  hops: number,
): string {
  if (hops <= 0 || header === undefined) return socketAddress;
  const whole = typeof header === "string" ? header : header.join(",");
  // Only the tail is read; an entry that begins before it is cut, so it cannot be used.
  const cut = whole.length > FORWARDED_MAX_CHARS;
  const text = cut ? whole.slice(-FORWARDED_MAX_CHARS) : whole;
  let end = text.length;
  let client = socketAddress;
  for (let read = 0; read < Math.min(hops, MAX_PROXY_HOPS); read++) {
    const comma = end === 0 ? -1 : text.lastIndexOf(",", end - 1);
    if (comma < 0 && cut) return socketAddress;
    const entry = text.slice(comma + 1, end).trim();
    if (isIP(entry) === 0) return socketAddress;
    client = entry;
    if (comma < 0) break;
    end = comma;
  }
  return client;
}

/**
 * With `hops` > 0 (TRUST_PROXY), gives each request its client address from
 * X-Forwarded-For ({@link forwardedClient}), read once as the request arrives; with 0
 * nothing is installed and {@link clientOf} is the socket's address.
 */
export function installClientAddress(app: FastifyInstance, hops: number): void {
  if (hops <= 0) return;
  app.addHook("onRequest", (request, _reply, done) => {
    request.forwardedClient = forwardedClient(
      request.socket.remoteAddress ?? "",
      request.headers["x-forwarded-for"],
      hops,
    );
    done();
  });
}

/**
 * The address the per-client limits (requests at once, rate, turns) count a request
 * under: the client behind the trusted proxies when TRUST_PROXY is set, else the
 * connection's peer.
 */
export function clientOf(request: FastifyRequest): string {
  return request.forwardedClient ?? request.ip;
}
