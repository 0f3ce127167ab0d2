import { randomInt } from "node:crypto";

/** Rows of a sketch: a key's count is the least of its four counters. */
export const SKETCH_DEPTH = 4;

/** Highest count a counter (and an entry's own count) holds: a 4-bit counter's, as TinyLFU's. */
export const MAX_COUNT = 15;

/** Counters per row at least (so a tiny cache still tells keys apart) and at most (256 KiB a row). */
export const MIN_SKETCH_WIDTH = 64;
export const MAX_SKETCH_WIDTH = 2 ** 18;

/**
 * Counters per row for each entry the cache holds: over a period (ten accesses an entry)
 * a row's counter takes 2.5 increments on average, so a key seen once or twice does not
 * look as frequent as one asked for again and again (with one counter an entry, ten).
 */
export const WIDTH_PER_ENTRY = 4;

/** Accesses per entry between two agings: TinyLFU's sample of ten per entry. */
export const AGING_SAMPLE = 10;

/**
 * One in this many ties is admitted (a new key asked for exactly as often as the most
 * asked-for entry it would push out): 128, as Caffeine does for warm keys. Rejecting every
 * tie let a client pin entries: counts stop at {@link MAX_COUNT}, so 15 asks of each of its
 * keys made them as frequent as anything can look, and every other key, however popular,
 * only tied with them until the next aging. Admitting a few ties at random breaks such a
 * pin within a few hundred offers while a flood of rarer keys still never gets in.
 */
export const TIE_ADMISSION = 128;

/**
 * What a cache entry carries for admission: how often it was asked for while held
 * (from the sketch's estimate when admitted), as of the sketch's `epoch`. Kept in the
 * entry, not the sketch, so a hit costs an increment and no hash of its key.
 */
export interface Counted {
  count: number;
  epoch: number;
}

/**
 * Frequency-based admission for the service's shared caches (TinyLFU, Einziger et al.):
 * a count-min sketch of how often keys were asked for recently. A cache consults it only
 * when full: a new key is kept only if it was asked for more often than every entry it
 * would push out, so one client sending unique requests (unique queries, variables or
 * texts, each once or twice) passes through without emptying the cache of what others
 * ask for again and again; answers stay the same, only what is kept changes.
 *
 * Bounds: {@link SKETCH_DEPTH} rows of `width` one-byte counters (`width` the power of two
 * at or above {@link WIDTH_PER_ENTRY} × entries, from {@link MIN_SKETCH_WIDTH} to
 * {@link MAX_SKETCH_WIDTH}: {@link bytes} = 4 × width, about 16 bytes an entry, 256 B to
 * 1 MiB, fixed at construction), each counter at most {@link MAX_COUNT}.
 * Aging: every {@link AGING_SAMPLE} × width / {@link WIDTH_PER_ENTRY} accesses (ten an
 * entry; hits and misses), every counter and every entry's count is halved (the
 * entries' lazily, by {@link epoch}), so what was popular an hour ago does not block what
 * is popular now. Keys are hashed with a seed drawn per sketch (at random in each process,
 * unless a test gives one), so colliding keys cannot be worked out from the source alone
 * (FNV is no keyed hash: a hurdle, not a proof); a collision only makes a key look more
 * frequent than it is (count-min never underestimates), and what it wins is one entry
 * among many. Ties are admitted one in {@link TIE_ADMISSION}, drawn from a generator
 * seeded from the same seed (xorshift32: 4 bytes, a few operations a draw).
 */
export class FrequencySketch {
  private readonly counters: Uint8Array;
  private readonly mask: number;
  private readonly seed: number;
  /** State of the xorshift32 generator that draws which ties are admitted (never 0). */
  private random: number;
  private accesses = 0;
  private readonly period: number;
  /** Agings so far: an entry's count stored at an earlier epoch is halved once per epoch since. */
  epoch = 0;

  /**
   * @param entries how many entries the cache holds at most (or about): the width is the next power of two, within the bounds above.
   * @param seed the hash's seed and the tie generator's (default: drawn at random, so each process hashes differently; tests give one to replay a flood exactly).
   */
  constructor(entries: number, seed: number = randomInt(2 ** 31)) {
    let width = MIN_SKETCH_WIDTH;
    while (width < WIDTH_PER_ENTRY * entries && width < MAX_SKETCH_WIDTH) width *= 2;
    this.counters = new Uint8Array(SKETCH_DEPTH * width);
    this.mask = width - 1;
    this.period = (AGING_SAMPLE * width) / WIDTH_PER_ENTRY;
    this.seed = seed | 0;
    this.random = (this.seed ^ 0x9e3779b9) | 0 || 1;
  }

  /** Bytes of counters held: fixed at construction. */
  get bytes(): number {
    return this.counters.byteLength;
  }

  /** The sketch's hash of a key (FNV-1a over every UTF-16 unit, seeded): give it to {@link record} and {@link frequency}. */
  hash(key: string): number {
    let h = 0x811c9dc5 ^ this.seed;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  /**
   * Counts one access of the key with hash `h` (a miss) and returns its estimated
   * frequency, this one included. Only the key's least counters grow (conservative
   * update): the others already count more than this key, so other keys' counts are
   * overestimated less.
   */
  record(h: number): number {
    const least = this.frequency(h);
    if (least < MAX_COUNT) {
      for (let row = 0; row < SKETCH_DEPTH; row++) {
        const i = this.index(h, row);
        if (this.counters[i] === least) this.counters[i] = least + 1;
      }
    }
    this.tick();
    return Math.min(MAX_COUNT, least + 1);
  }

  /** The estimated frequency of the key with hash `h` (at least the truth while it ages alike). */
  frequency(h: number): number {
    let least = MAX_COUNT;
    for (let row = 0; row < SKETCH_DEPTH; row++) {
      least = Math.min(least, this.counters[this.index(h, row)] as number);
    }
    return least;
  }

  /** A new entry's count: `frequency` as of now. */
  counted(frequency: number): Counted {
    return { count: frequency, epoch: this.epoch };
  }

  /** Counts one hit of a held entry (no hash: its count is its own). */
  hit(entry: Counted): void {
    const count = this.countOf(entry);
    entry.count = count < MAX_COUNT ? count + 1 : count;
    entry.epoch = this.epoch;
    this.tick();
  }

  /** A held entry's count, aged to now. */
  countOf(entry: Counted): number {
    const since = this.epoch - entry.epoch;
    return since === 0 ? entry.count : since > 4 ? 0 : entry.count >> since;
  }

  /**
   * Whether a key of estimated `frequency` may push out `victims` (the entries that would
   * go to make room): if it was asked for more often than each of them; never if one of
   * them was asked for more often; on a tie (none more, one as often), one time in
   * {@link TIE_ADMISSION} (see {@link admitsTie}).
   */
  admits(frequency: number, victims: Iterable<Counted>): boolean {
    let tie = false;
    for (const victim of victims) {
      const count = this.countOf(victim);
      if (count > frequency) return false;
      if (count === frequency) tie = true;
    }
    return !tie || this.admitsTie();
  }

  /** Whether this tie is one of the one in {@link TIE_ADMISSION} admitted (a draw of the seeded generator). */
  admitsTie(): boolean {
    let x = this.random;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.random = x;
    return ((x >>> 0) & (TIE_ADMISSION - 1)) === 0;
  }

  /** Forgets every count (on reload, with the cache). */
  clear(): void {
    this.counters.fill(0);
    this.accesses = 0;
    this.epoch++;
  }

  /** Row `row`'s counter of hash `h`: the hash mixed with a constant of its own. */
  private index(h: number, row: number): number {
    let x = Math.imul(h ^ (h >>> 16), ROW_MIX[row] as number);
    x ^= x >>> 15;
    return row * (this.mask + 1) + (x & this.mask);
  }

  /** Counts an access; halves every counter once a period has passed. */
  private tick(): void {
    if (++this.accesses < this.period) return;
    this.accesses = 0;
    this.epoch++;
    for (let i = 0; i < this.counters.length; i++) {
      this.counters[i] = (this.counters[i] as number) >>> 1;
    }
  }
}

/** Odd multipliers, one per row (from MurmurHash3's and xxHash's constants). */
const ROW_MIX = [0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1];
