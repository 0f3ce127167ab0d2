import { createHash } from "node:crypto";

/** A serialized response: what was sent, byte for byte. */
export interface CachedResponse {
  readonly body: string;
  readonly contentType: string;
}

/**
 * A bounded LRU of serialized GraphQL responses. The knowledge is read-only between
 * reloads, so the same request always gets the same bytes: keyed by the data version and
 * the full request (query, operation name, variables, Accept header), bounded by total
 * size, emptied on reload.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  /** @param maxBytes total size of cached bodies (default 32 MiB); the oldest go first. */
  constructor(private readonly maxBytes = 32 * 2 ** 20) {}

  /** The cache key of a request on data `version`. */
  static key(version: string, accept: string, request: unknown): string {
    return createHash("sha256")
      .update(version)
      .update("\0")
      .update(accept)
      .update("\0")
      .update(JSON.stringify(request))
      .digest("base64url");
  }

  /** The cached response, marked as most recently used; undefined on a miss. */
  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** Stores a response, evicting the least recently used ones to stay under the bound. */
  set(key: string, response: CachedResponse): void {
    const size = Buffer.byteLength(response.body);
    if (size > this.maxBytes / 16) return;
    const old = this.entries.get(key);
    if (old !== undefined) this.bytes -= Buffer.byteLength(old.body);
    this.entries.delete(key);
    this.entries.set(key, response);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= Buffer.byteLength(v.body);
    }
  }

  /** Empties the cache (on reload). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  /** Entries, bytes, hits and misses so far. */
  stats(): { entries: number; bytes: number; hits: number; misses: number } {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses };
  }
}
