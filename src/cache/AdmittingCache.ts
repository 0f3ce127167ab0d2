import { type Counted, FrequencySketch } from "./FrequencySketch.js";
import { type Linked, RecencyList } from "./RecencyList.js";

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
  /** The sketch's seed (default: random per process; tests give one so a flood replays exactly). */
  readonly seed?: number;
}

interface Entry<V> extends Counted, Linked<Entry<V>> {
  readonly key: string;
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
 * never-repeated keys cannot empty them of what every other client asks for. Recency is
 * a {@link RecencyList}.
 */
export class AdmittingCache<V> {
  private readonly map = new Map<string, Entry<V>>();
  private readonly order = new RecencyList<Entry<V>>();
  private readonly sketch: FrequencySketch;
  private readonly sizeOf: (value: V, key: string) => number;
  private readonly maxEntries: number;
  private used = 0;
  private rejected = 0;
  /** The last key that missed and its hash: `set` after `get` hashes it once. */
  private lastMiss: string | undefined;
  private lastHash = 0;

  constructor(readonly options: AdmittingCacheOptions<V>) {
    this.sizeOf = options.sizeOf ?? (() => 1);
    this.maxEntries = options.maxEntries ?? Number.POSITIVE_INFINITY;
    this.sketch = new FrequencySketch(options.entries, options.seed);
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
    this.order.touch(entry);
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
      if (old !== undefined) this.remove(old);
      return false;
    }
    const room = this.options.maxSize - this.used + (old?.size ?? 0);
    const extra = this.map.size + (old === undefined ? 1 : 0) - this.maxEntries;
    let frequency: number;
    if (old === undefined) {
      frequency = this.sketch.frequency(
        key === this.lastMiss ? this.lastHash : this.sketch.hash(key),
      );
    } else frequency = this.sketch.countOf(old);
    if (size > room || extra > 0) {
      if (!this.admits(frequency, size - room, extra, old)) {
        this.rejected++;
        return false;
      }
    }
    if (old !== undefined) this.remove(old);
    while (
      this.order.oldest !== null &&
      (this.used + size > this.options.maxSize || this.map.size >= this.maxEntries)
    )
      this.remove(this.order.oldest);
    const entry: Entry<V> = {
      key,
      value,
      size,
      count: frequency,
      epoch: this.sketch.epoch,
      older: null,
      newer: null,
    };
    this.map.set(key, entry);
    this.order.append(entry);
    this.used += size;
    return true;
  }

  /** Drops `key`; whether it was held. */
  delete(key: string): boolean {
    const entry = this.map.get(key);
    if (entry === undefined) return false;
    this.remove(entry);
    return true;
  }

  /** Drops every entry and every count. */
  clear(): void {
    this.map.clear();
    this.order.clear();
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

  /**
   * Whether a key of `frequency` may push out the least recently used entries (not
   * `except`) that free `needed` of size and at least `entries` entries: if it was asked
   * for more often than each of them; on a tie, one time in TIE_ADMISSION (see
   * FrequencySketch.admits).
   */
  private admits(
    frequency: number,
    needed: number,
    entries: number,
    except: Entry<V> | undefined,
  ): boolean {
    let freed = 0;
    let count = 0;
    let tie = false;
    for (
      let e = this.order.oldest;
      e !== null && (freed < needed || count < entries);
      e = e.newer
    ) {
      if (e === except) continue;
      const held = this.sketch.countOf(e);
      if (held > frequency) return false;
      if (held === frequency) tie = true;
      freed += e.size;
      count++;
    }
    return !tie || this.sketch.admitsTie();
  }

  private remove(entry: Entry<V>): void {
    this.order.unlink(entry);
    this.map.delete(entry.key);
    this.used -= entry.size;
  }
}
