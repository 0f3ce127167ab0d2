import { type Counted, FrequencySketch } from "./FrequencySketch.js";

/** Options of {@link AdmittingCache}. */
export interface AdmittingCacheOptions<V> {
  /** Bound of the entries' sizes added up (bytes, as `sizeOf` estimates them); an entry larger than it is never kept. */
  readonly maxSize: number;
  /** An entry's size (default 1: `maxSize` then bounds the entries). */
  readonly sizeOf?: (value: V, key: string) => number;
  /** Most entries held, besides `maxSize` (default: no bound but `maxSize`). */
  readonly maxEntries?: number;
  /**
   * About how many entries the cache holds when full (`maxSize` when `sizeOf` is 1,
   * else `maxSize` over a typical entry's size): sizes the sketch (see
   * {@link FrequencySketch}: 16 bytes an entry, 256 B to 1 MiB).
   */
  readonly entries: number;
}

interface Entry<V> extends Counted {
  readonly value: V;
  readonly size: number;
}

/**
 * A cache bounded by size, least recently used pushed out first, with TinyLFU admission
 * (see {@link FrequencySketch}): while it has room every new entry is kept; once full, a
 * new entry is kept only if its key was asked for more often than each entry it would
 * push out, else it is dropped and the cache stays as it was. Every miss counts in the
 * sketch (one hash of the key), every hit in the entry (no hash). The shared caches of
 * the service (parsed documents, compiled operations, cost estimates, registered
 * queries, per-term search hits, memos) are all one of these, so one client's flood of
 * never-repeated keys cannot empty them of what every other client asks for.
 */
export class AdmittingCache<V> {
  /** Every entry, least recently used first (a Map keeps insertion order). */
  private readonly map = new Map<string, Entry<V>>();
  private readonly sketch: FrequencySketch;
  private readonly sizeOf: (value: V, key: string) => number;
  private used = 0;
  private rejected = 0;
  /** The last key that missed and its hash: `set` after `get` hashes it once. */
  private lastMiss: string | undefined;
  private lastHash = 0;

  constructor(readonly options: AdmittingCacheOptions<V>) {
    this.sizeOf = options.sizeOf ?? (() => 1);
    this.sketch = new FrequencySketch(options.entries);
  }

  /** The value under `key` (counted as a hit, marked most recently used); undefined on a miss, counted in the sketch. */
  get(key: string): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) {
      this.lastHash = this.sketch.hash(key);
      this.lastMiss = key;
      this.sketch.record(this.lastHash);
      return undefined;
    }
    this.sketch.hit(entry);
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  /** Whether `key` is held (neither a hit nor a miss). */
  has(key: string): boolean {
    return this.map.has(key);
  }

  /**
   * Offers `value` under `key`: kept if it fits in the room left, or if its key was asked
   * for more often than each least recently used entry that would make room (they go);
   * otherwise not kept. Returns whether it was kept.
   */
  set(key: string, value: V): boolean {
    const size = this.sizeOf(value, key);
    const old = this.map.get(key);
    if (size > this.options.maxSize) {
      if (old !== undefined) this.remove(key, old);
      return false;
    }
    const room = this.options.maxSize - this.used + (old?.size ?? 0);
    const maxEntries = this.options.maxEntries ?? Number.POSITIVE_INFINITY;
    const extra = this.map.size + (old === undefined ? 1 : 0) - maxEntries;
    let frequency = old === undefined ? 0 : this.sketch.countOf(old);
    if (old === undefined) {
      const h = key === this.lastMiss ? this.lastHash : this.sketch.hash(key);
      frequency = this.sketch.frequency(h);
    }
    const full = size > room || extra > 0;
    if (full && !this.sketch.admits(frequency, this.victims(size - room, extra, key))) {
      this.rejected++;
      return false;
    }
    if (old !== undefined) this.remove(key, old);
    for (const [oldest, entry] of this.map) {
      if (this.used + size <= this.options.maxSize && this.map.size < maxEntries) break;
      this.remove(oldest, entry);
    }
    this.map.set(key, { value, size, ...this.sketch.counted(frequency) });
    this.used += size;
    return true;
  }

  /** Drops `key`; whether it was held. */
  delete(key: string): boolean {
    const entry = this.map.get(key);
    if (entry === undefined) return false;
    this.remove(key, entry);
    return true;
  }

  /** Drops every entry and every count. */
  clear(): void {
    this.map.clear();
    this.sketch.clear();
    this.used = 0;
    this.lastMiss = undefined;
  }

  /** Entries held. */
  get size(): number {
    return this.map.size;
  }

  /** Their sizes added up (never over `maxSize`). */
  get calculatedSize(): number {
    return this.used;
  }

  /** Entries held, their size, the sketch's bytes and how many offers admission turned away. */
  stats(): { entries: number; size: number; sketchBytes: number; rejected: number } {
    return {
      entries: this.map.size,
      size: this.used,
      sketchBytes: this.sketch.bytes,
      rejected: this.rejected,
    };
  }

  /** The least recently used entries (not `except`): at least `entries` of them, whose sizes add up to `needed`. */
  private *victims(needed: number, entries: number, except: string): Generator<Entry<V>> {
    let freed = 0;
    let count = 0;
    for (const [key, entry] of this.map) {
      if (freed >= needed && count >= entries) return;
      if (key === except) continue;
      freed += entry.size;
      count++;
      yield entry;
    }
  }

  private remove(key: string, entry: Entry<V>): void {
    this.map.delete(key);
    this.used -= entry.size;
  }
}
