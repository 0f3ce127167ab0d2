/** A serialized response: what was sent, byte for byte. */
export interface CachedResponse {
  readonly body: Buffer;
  readonly contentType: string;
  /** The operation it answered (for the request log and metrics of a hit); null when unnamed. */
  readonly operationName?: string | null;
}

/** Bytes a response cache holds by default (32 MiB): RESPONSE_CACHE_MB's default too. */
export const DEFAULT_RESPONSE_CACHE_BYTES = 32 * 2 ** 20;

/** Options of {@link ResponseCache}. */
export interface ResponseCacheOptions {
  /** Total size of cached keys and bodies in bytes (default {@link DEFAULT_RESPONSE_CACHE_BYTES}); the least recently used go first. */
  readonly maxBytes?: number;
  /**
   * Requests remembered (by a 32-bit hash) as seen once, so that the second sighting is
   * stored (default 65 536; the set starts over when full). A request seen only once is
   * never stored: one-off traces neither pay for a copy nor push repeated answers out.
   */
  readonly doorkeeperSize?: number;
}

/**
 * A bounded LRU of serialized GraphQL responses. The knowledge is read-only between
 * reloads, so the same request always gets the same bytes: keyed by the full request
 * (query, operation name, variables, extensions, Accept header) and the data version,
 * bounded by total size, emptied on reload. A response is admitted on the second time its
 * request is seen (the "doorkeeper" of TinyLFU), and kept as a Buffer so a hit writes
 * bytes without encoding them again.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly seen = new Set<number>();
  private readonly maxBytes: number;
  private readonly doorkeeperSize: number;
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  constructor(options: ResponseCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_RESPONSE_CACHE_BYTES;
    this.doorkeeperSize = options.doorkeeperSize ?? 65_536;
  }

  /**
   * The cache key of a request on data `version`: the version (so that an answer computed
   * on the old data and finished after a reload is never found on the new), the Accept
   * header and the request body's text as received (the same text always parses to the
   * same request; taking it as it came costs no serialisation of the parsed body). A plain
   * string, not a digest: Map hashes it natively, and its length counts against `maxBytes`.
   */
  static key(version: string, accept: string, body: string): string {
    return `${version}\u0000${accept}\u0000${body}`;
  }

  /** The cached response, marked as most recently used and counted as a hit; undefined on a miss, counted as one. */
  get(key: string): CachedResponse | undefined {
    const hit = this.hit(key);
    if (hit === undefined) this.misses++;
    return hit;
  }

  /**
   * The cached response, marked as most recently used and counted as a hit; undefined,
   * not counted, when absent: for a caller that looks up before it knows whether the
   * request is cacheable, and calls {@link get} once it does.
   */
  hit(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /**
   * Offers a response for `key`: stored if the key was offered before (and the response
   * is at most 1/16 of `maxBytes`), evicting the least recently used to stay under the
   * bound; otherwise only remembered as seen. Returns whether it was stored.
   */
  offer(
    key: string,
    body: string,
    contentType: string,
    operationName: string | null = null,
  ): boolean {
    const h = hash32(key);
    if (!this.seen.has(h)) {
      if (this.seen.size >= this.doorkeeperSize) this.seen.clear();
      this.seen.add(h);
      return false;
    }
    const response = { body: Buffer.from(body), contentType, operationName };
    const size = ResponseCache.size(key, response);
    if (size > this.maxBytes / 16) return false;
    const old = this.entries.get(key);
    if (old !== undefined) this.bytes -= ResponseCache.size(key, old);
    this.entries.delete(key);
    this.entries.set(key, response);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= ResponseCache.size(k, v);
    }
    return true;
  }

  /** Empties the cache and forgets what it has seen (on reload). */
  clear(): void {
    this.entries.clear();
    this.seen.clear();
    this.bytes = 0;
  }

  /** Entries and bytes held, the byte bound, and hits and misses so far. */
  stats(): { entries: number; bytes: number; maxBytes: number; hits: number; misses: number } {
    return {
      entries: this.entries.size,
      bytes: this.bytes,
      maxBytes: this.maxBytes,
      hits: this.hits,
      misses: this.misses,
    };
  }

  /** Bytes an entry holds: its key (two bytes a character) and its body. */
  private static size(key: string, response: CachedResponse): number {
    return 2 * key.length + response.body.length;
  }
}

/** FNV-1a over the UTF-16 code units of `text`: cheap, and a collision only admits early. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
