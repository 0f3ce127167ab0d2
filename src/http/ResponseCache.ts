import { type Counted, FrequencySketch } from "../cache/FrequencySketch.js";
import { type Linked, RecencyList } from "../cache/RecencyList.js";

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
   * About how many responses the cache holds when full (default 16 384, a 2 KiB answer
   * each): sizes its admission sketch, 16 bytes an entry (256 KiB by default; see
   * FrequencySketch).
   */
  readonly entries?: number;
  /** Its sketch's seed (default: random per process; tests give one so a flood replays exactly). */
  readonly seed?: number;
}

/** A cached response under its full key, with its admission count. */
interface Entry extends Counted, Linked<Entry> {
  readonly key: string;
  readonly response: CachedResponse;
}

/** Keys sharing a slot (see slotOf) that are kept at once; a ninth pushes out the slot's oldest. */
export const SLOT_ENTRIES = 8;

/**
 * A bounded LRU of serialized GraphQL responses. The knowledge is read-only between
 * reloads, so the same request always gets the same bytes: keyed by the full request
 * (its body's text, the Accept header) and the data version, bounded by total size,
 * emptied on reload. A response is stored on the second time its request is seen (one-off
 * traces neither pay for a copy nor push repeated answers out), and, once the cache is
 * full, only if its request was seen more often than each entry it would push out
 * (TinyLFU, see FrequencySketch: one client's flood of unique requests, each sent twice,
 * cannot empty the cache of other clients' answers). Kept as a Buffer so a hit writes
 * bytes without encoding them again.
 *
 * Found by a hash of part of the key (slotOf: a 1 KB Trace request costs a Map of string
 * keys more to hash than everything else the hit does), then compared whole: keys that
 * share a slot (a client can make them at will) are at most {@link SLOT_ENTRIES}, so a
 * lookup compares at most that many.
 */
export class ResponseCache {
  private readonly slots = new Map<number, Entry[]>();
  /** Every entry, least recently used first. */
  private readonly order = new RecencyList<Entry>();
  private readonly sketch: FrequencySketch;
  private readonly maxBytes: number;
  private bytes = 0;
  private hits = 0;
  private misses = 0;
  private rejected = 0;

  constructor(options: ResponseCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_RESPONSE_CACHE_BYTES;
    this.sketch = new FrequencySketch(options.entries ?? 16_384, options.seed);
  }

  /**
   * The cache key of a request on data `version`: the version (so that an answer computed
   * on the old data and finished after a reload is never found on the new), the Accept
   * header and the request body's text as received (the same text always parses to the
   * same request; taking it as it came costs no serialisation of the parsed body). Its
   * length counts against `maxBytes`.
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
   * request is cacheable, and calls {@link miss} once it does.
   */
  hit(key: string): CachedResponse | undefined {
    const entry = entryIn(this.slots.get(slotOf(key)), key);
    if (entry === undefined) return undefined;
    this.hits++;
    this.sketch.hit(entry);
    this.order.touch(entry);
    return entry.response;
  }

  /** Counts a miss of a cacheable request that {@link hit} did not find (without looking again). */
  miss(): void {
    this.misses++;
  }

  /**
   * Offers a response for `key`: stored if the key was offered before (and the response
   * is at most 1/16 of `maxBytes`) and, when the least recently used must go to stay under
   * the bound (or a ninth key of its slot pushes out the slot's oldest), only if the key
   * was offered more often than each of them; otherwise only counted. Returns whether it
   * was stored.
   */
  offer(
    key: string,
    body: string | Buffer,
    contentType: string,
    operationName: string | null = null,
  ): boolean {
    const frequency = this.sketch.record(this.sketch.hash(key));
    if (frequency < 2) return false;
    const size = 2 * key.length + Buffer.byteLength(body);
    if (size > this.maxBytes / 16) return false;
    const slot = slotOf(key);
    const bucket = this.slots.get(slot) ?? [];
    const same = entryIn(bucket, key);
    const old = same ?? (bucket.length >= SLOT_ENTRIES ? bucket[0] : undefined);
    if (same === undefined && !this.sketch.admits(frequency, this.victims(size, old))) {
      this.rejected++;
      return false;
    }
    if (old !== undefined) this.remove(old, bucket, slot);
    const response = { body: ownBytes(body), contentType, operationName };
    const entry: Entry = {
      key,
      response,
      ...this.sketch.counted(frequency),
      older: null,
      newer: null,
    };
    bucket.push(entry);
    this.slots.set(slot, bucket);
    this.order.append(entry);
    this.bytes += ResponseCache.size(entry);
    for (let oldest = this.order.oldest; oldest !== null && this.bytes > this.maxBytes; ) {
      const its = slotOf(oldest.key);
      this.remove(oldest, this.slots.get(its) ?? [], its);
      oldest = this.order.oldest;
    }
    return true;
  }

  /** Empties the cache and forgets what it has seen (on reload). */
  clear(): void {
    this.slots.clear();
    this.order.clear();
    this.sketch.clear();
    this.bytes = 0;
  }

  /**
   * Entries and bytes held, the byte bound, hits and misses so far, the admission
   * sketch's bytes and how many answers admission turned away.
   */
  stats(): {
    entries: number;
    bytes: number;
    maxBytes: number;
    hits: number;
    misses: number;
    sketchBytes: number;
    rejected: number;
  } {
    return {
      entries: this.order.size,
      bytes: this.bytes,
      maxBytes: this.maxBytes,
      hits: this.hits,
      misses: this.misses,
      sketchBytes: this.sketch.bytes,
      rejected: this.rejected,
    };
  }

  /**
   * The entries an answer of `size` bytes would push out: `slotOldest` (the oldest of a
   * full slot), then the least recently used until the rest fits.
   */
  private *victims(size: number, slotOldest: Entry | undefined): Generator<Entry> {
    let freed = 0;
    if (slotOldest !== undefined) {
      freed += ResponseCache.size(slotOldest);
      yield slotOldest;
    }
    for (let e = this.order.oldest; e !== null; e = e.newer) {
      if (this.bytes - freed + size <= this.maxBytes) return;
      if (e === slotOldest) continue;
      freed += ResponseCache.size(e);
      yield e;
    }
  }

  /** Drops `entry`, held in `bucket` under `slot`. */
  private remove(entry: Entry, bucket: Entry[], slot: number): void {
    bucket.splice(bucket.indexOf(entry), 1);
    if (bucket.length === 0) this.slots.delete(slot);
    this.order.unlink(entry);
    this.bytes -= ResponseCache.size(entry);
  }

  /** Bytes an entry holds: its key (two bytes a character) and its body. */
  private static size(entry: Entry): number {
    return 2 * entry.key.length + entry.response.body.length;
  }
}

/** The entry of `bucket` under exactly `key`, if any (a loop: no closure per lookup). */
function entryIn(bucket: readonly Entry[] | undefined, key: string): Entry | undefined {
  if (bucket === undefined) return undefined;
  for (const entry of bucket) if (entry.key === key) return entry;
  return undefined;
}

/** Characters of a key's start and of its end that slotOf hashes, and how many it samples between. */
const EDGE = 64;
const MIDDLE = 64;

/**
 * The slot of a key: FNV-1a over its length, its first and last {@link EDGE} characters
 * and {@link MIDDLE} characters spread evenly between (all of a key of up to 192). Cheap
 * whatever the key's length; keys that differ only elsewhere share a slot, and are told
 * apart by comparing them whole.
 */
function slotOf(key: string): number {
  const n = key.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  if (n <= 2 * EDGE + MIDDLE) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }
  for (let i = 0; i < EDGE; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  const step = (n - 2 * EDGE) / MIDDLE;
  for (let j = 0; j < MIDDLE; j++) {
    h = Math.imul(h ^ key.charCodeAt(EDGE + Math.floor(j * step)), 0x01000193);
  }
  for (let i = n - EDGE; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * `body`'s bytes in memory of their own: a small Buffer is often a slice of Node's shared
 * 8 KiB pool, which a kept slice would keep alive whole, so the cache's byte count would
 * understate what it holds by up to the pool's size per entry. A string is encoded once
 * into its own memory; a Buffer is copied only when it is such a slice (the compiled path's
 * answers over 4 KiB are not pooled and are kept as given).
 */
function ownBytes(body: string | Buffer): Buffer {
  if (typeof body === "string") {
    const own = Buffer.allocUnsafeSlow(Buffer.byteLength(body));
    own.write(body);
    return own;
  }
  if (body.byteLength === body.buffer.byteLength) return body;
  const own = Buffer.allocUnsafeSlow(body.byteLength);
  body.copy(own);
  return own;
}
