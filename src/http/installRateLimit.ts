import { normalizeIP } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from "fastify";
import { clientOf } from "./clientAddress.js";

/** One client's window: requests counted since `start` (ms since the epoch). */
interface Window {
  count: number;
  start: number;
}

/** What {@link RateWindows.count} says of one request. */
export interface RateCount {
  /** Requests of the client in its current window, this one included. */
  readonly count: number;
  /** Milliseconds until the client's window ends. */
  readonly ttlMs: number;
}

/**
 * Fixed windows of requests per client key, as @fastify/rate-limit's local store counts
 * them (a client's window starts at its first request and lasts `windowMs`; a request
 * after it starts a new one), in a least-recently-used map of at most `clients` keys
 * (the least recently seen is forgotten first).
 */
export class RateWindows {
  private readonly windows = new Map<string, Window>();
  /** The key counted last: already the most recent in the map, so not moved again. */
  private newest: string | undefined;

  constructor(
    private readonly windowMs: number,
    private readonly clients: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `key` and says how many its window holds and for how long. */
  count(key: string): RateCount {
    const now = this.now();
    let window = this.windows.get(key);
    if (window === undefined || window.start + this.windowMs <= now) {
      window ??= { count: 0, start: now };
      window.count = 1;
      window.start = now;
    } else {
      window.count++;
    }
    if (key !== this.newest) {
      this.windows.delete(key);
      this.windows.set(key, window);
      this.newest = key;
      if (this.windows.size > this.clients) {
        for (const oldest of this.windows.keys()) {
          this.windows.delete(oldest);
          break;
        }
      }
    }
    return { count: window.count, ttlMs: this.windowMs - (now - window.start) };
  }

  /**
   * Whether one more request of `key` would stay within `max` in its window, without
   * counting it: for a caller that answers only requests the limit admits.
   */
  admits(key: string, max: number): boolean {
    const window = this.windows.get(key);
    return window === undefined || window.start + this.windowMs <= this.now() || window.count < max;
  }

  /** Clients remembered now (at most `clients`). */
  get size(): number {
    return this.windows.size;
  }
}

/** Options of {@link installRateLimit}. */
export interface RateLimitOptions {
  /** Requests a client may make in a window. */
  readonly max: number;
  /** The window's length in ms. */
  readonly windowMs: number;
  /** Most client keys remembered at once (least recently seen forgotten first). */
  readonly clients: number;
  /** Requests neither counted nor given headers (the probes). */
  readonly skip: (request: FastifyRequest) => boolean;
  /** The error a request over the limit fails with (the error handler answers it). */
  readonly refuse: (max: number) => Error;
}

/** The rate limit as the cache-hit path applies it (see installCacheHitPath). */
export interface RateGate {
  /** Whether a request of client `ip` would be admitted now (nothing counted). */
  admits(ip: string): boolean;
  /**
   * Counts an admitted request of client `ip` and writes the limit's headers into
   * `headers`, as the hook sets them (limit, remaining, reset).
   */
  count(ip: string, headers: Record<string, string | number>): void;
}

/**
 * Limits each client (its address, or with TRUST_PROXY the one behind the proxies: see
 * clientOf; an IPv6 one by its /64, as @fastify/rate-limit's default key) to `max`
 * requests a window, as @fastify/rate-limit 11 does with a local store, and with its headers: `x-ratelimit-limit`, `x-ratelimit-remaining` and
 * `x-ratelimit-reset` (seconds left in the window, rounded up) on every counted request,
 * and `retry-after` besides on one over the limit, which fails with `refuse(max)`. As
 * that plugin did, it runs as an onRequest hook of every route added after it (after the
 * application's own onRequest hooks; not on 404s). A callback hook: the plugin's async
 * hook, its awaited promises and its two reads of routeOptions cost about a seventh of a
 * response-cache hit's CPU.
 */
export function installRateLimit(app: FastifyInstance, options: RateLimitOptions): RateGate {
  const { max, skip, refuse } = options;
  const windows = new RateWindows(options.windowMs, options.clients);
  // Clients come from few addresses at a time (a proxy, a load balancer): the last one's key is kept.
  let lastIp = "";
  let lastKey = "";
  const keyOf = (ip: string): string => {
    if (ip !== lastIp) {
      lastKey = normalizeIP(ip);
      lastIp = ip;
    }
    return lastKey;
  };
  const hook: onRequestHookHandler = (request, reply, done) => {
    if (skip(request)) {
      done();
      return;
    }
    const { count, ttlMs } = windows.count(keyOf(clientOf(request)));
    const reset = Math.ceil(ttlMs / 1000);
    reply.header("x-ratelimit-limit", max);
    if (count <= max) {
      reply.header("x-ratelimit-remaining", max - count);
      reply.header("x-ratelimit-reset", reset);
      done();
      return;
    }
    reply.header("x-ratelimit-remaining", 0);
    reply.header("x-ratelimit-reset", reset);
    reply.header("retry-after", reset);
    done(refuse(max));
  };
  app.addHook("onRoute", (route) => {
    const own = route.onRequest === undefined ? [] : [route.onRequest].flat();
    // A new list (a HEAD route's options are a shallow copy of its GET's), the hook once.
    if (!own.includes(hook)) route.onRequest = [...own, hook];
  });
  return {
    admits: (ip) => windows.admits(keyOf(ip), max),
    count(ip, headers) {
      const { count, ttlMs } = windows.count(keyOf(ip));
      headers["x-ratelimit-limit"] = max;
      headers["x-ratelimit-remaining"] = max - count;
      headers["x-ratelimit-reset"] = Math.ceil(ttlMs / 1000);
    },
  };
}
