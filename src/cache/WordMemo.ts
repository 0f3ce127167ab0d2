import { AdmittingCache } from "./AdmittingCache.js";

/**
 * Heap bytes a memo entry is counted at besides its strings' characters: its Map slot, the
 * entry object with its recency links and count, and a string's header. Measured: 60 000
 * unique 7-letter words in the search memo took about 170 bytes an entry over their
 * characters; rounded up.
 */
export const MEMO_ENTRY_BYTES = 200;

/**
 * Bytes `text` is counted at: two a character (V8 keeps text outside Latin-1 at two bytes a
 * character, the rest at one), so a bound in these bytes holds whatever the alphabet.
 */
export function textBytes(text: string): number {
  return 2 * text.length;
}

/**
 * A copy of `text` that holds on to nothing else. V8 keeps a cut of 13 characters or more
 * (what `split`, `slice` and regular expressions return) as a view of the whole text it
 * was cut from, so a memo keyed by words cut from 500-character searches kept every
 * search alive: red-team round 11 measured 58 MiB of heap for 60 000 unique 14-letter
 * words counted at under 2 MiB. Concatenated and cut again, the copy's only parent is
 * itself, one character longer.
 */
export function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/** Options of {@link WordMemo}. */
export interface WordMemoOptions<V> {
  /** Most words remembered. */
  readonly entries: number;
  /** Most bytes remembered: words and values by {@link textBytes}, each entry {@link MEMO_ENTRY_BYTES} more. */
  readonly maxBytes: number;
  /** The strings a value holds, counted by {@link textBytes}. */
  readonly valueBytes: (value: V) => number;
  /** Copies a value so that it holds no text it was cut from (see {@link detached}). */
  readonly detach: (value: V) => V;
}

/**
 * A memo of what a word is read as (folded, stemmed), bounded both in words and in bytes,
 * with the admission of {@link AdmittingCache}: a flood of invented words, however long
 * or in whatever alphabet, holds at most `maxBytes` and pushes out none of the words
 * asked for more often. Each word and value is stored {@link detached}.
 */
export class WordMemo<V> {
  private readonly cache: AdmittingCache<V>;

  constructor(private readonly options: WordMemoOptions<V>) {
    this.cache = new AdmittingCache<V>({
      maxSize: options.maxBytes,
      maxEntries: options.entries,
      entries: options.entries,
      sizeOf: (value, key) => textBytes(key) + options.valueBytes(value) + MEMO_ENTRY_BYTES,
    });
  }

  /** What `word` was remembered as; undefined when it is not held (counted as a miss). */
  get(word: string): V | undefined {
    return this.cache.get(word);
  }

  /** Offers what `word` is read as, both copied apart from the text they were cut from. */
  set(word: string, value: V): void {
    this.cache.set(detached(word), this.options.detach(value));
  }

  /** Words held and the bytes they are counted at (never over `maxBytes`). */
  stats(): { entries: number; bytes: number } {
    return { entries: this.cache.size, bytes: this.cache.calculatedSize };
  }
}
