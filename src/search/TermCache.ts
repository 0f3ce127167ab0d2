import { AdmittingCache } from "../cache/AdmittingCache.js";

/**
 * One query term's hits as the index scores that term alone (its exact, typo and prefix
 * matches in every field): for each entity hit, its score and the document terms it
 * matched. The `i`-th entry of each list belongs to the same entity.
 */
export interface TermHits {
  readonly ids: readonly string[];
  readonly scores: readonly number[];
  readonly matched: readonly (readonly string[])[];
}

/**
 * Default bound of the per-term cache of each search index: 8 MiB (estimated, see
 * {@link termHitsBytes}). Runners' words are few even when their sentences are new: on the
 * bundled graph a few thousand distinct terms, each a few KiB, fit with room to spare; on a
 * graph of 100k entities a common term's hits take more and the least recently used go.
 */
export const TERM_CACHE_BYTES = 8 * 2 ** 20;

/** Estimated bytes of a JS string of `n` characters (UTF-16, with its header). */
const stringBytes = (n: number) => 24 + 2 * n;

/**
 * Estimated bytes one cache entry holds: its key, the lists' headers, 8 bytes per id
 * reference and per score, and each matched-term list with its strings (counted as if
 * none were shared, so the estimate errs high).
 */
export function termHitsBytes(key: string, hits: TermHits): number {
  let bytes = stringBytes(key.length) + 3 * 32 + 64;
  bytes += 16 * hits.ids.length;
  for (const terms of hits.matched) {
    bytes += 32 + 8 * terms.length;
    for (const t of terms) bytes += stringBytes(t.length);
  }
  return bytes;
}

/**
 * A cache of {@link TermHits} by term (and how it was looked up), an
 * {@link AdmittingCache} bounded by estimated bytes (its sketch sized for 2 KiB a term:
 * 8 MiB, 4 096 entries, a 64 KiB sketch): the entries held never add up to more than
 * `maxBytes`, an entry larger than that is computed and returned but not kept, and once
 * full a new term is kept only if asked for more often than the terms it would push out
 * (complaints of invented words do not push out runners' common ones).
 * A search index owns one, so a reload starts empty and the old one goes with its index.
 */
export class TermCache {
  private readonly cache: AdmittingCache<TermHits> | null;
  private computed = 0;

  /** @param maxBytes bound of the entries held (default {@link TERM_CACHE_BYTES}); 0 keeps nothing. */
  constructor(readonly maxBytes: number = TERM_CACHE_BYTES) {
    this.cache =
      maxBytes > 0
        ? new AdmittingCache<TermHits>({
            maxSize: maxBytes,
            sizeOf: (hits, key) => termHitsBytes(key, hits),
            entries: maxBytes / 2048,
          })
        : null;
  }

  /** The hits under `key`, from the cache or from `compute` (then kept if they fit). */
  hits(key: string, compute: () => TermHits): TermHits {
    const known = this.cache?.get(key);
    if (known !== undefined) return known;
    const hits = compute();
    this.computed++;
    if (this.cache !== null && termHitsBytes(key, hits) <= this.maxBytes) this.cache.set(key, hits);
    return hits;
  }

  /** What the cache holds now and how often it had to compute. */
  stats(): { readonly entries: number; readonly bytes: number; readonly computed: number } {
    return {
      entries: this.cache?.size ?? 0,
      bytes: this.cache?.calculatedSize ?? 0,
      computed: this.computed,
    };
  }
}
