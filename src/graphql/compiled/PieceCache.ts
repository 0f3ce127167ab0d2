import { oneByteText } from "./writerParts.js";

/**
 * Bytes of answer pieces kept per data version (default 4 MiB): the contract's selections
 * of every entity, source and path step of the bundled graph take well under 1 MiB. Past
 * it, pieces are written each time instead of kept.
 */
export const PIECE_CACHE_BYTES = 4 * 2 ** 20;

/** Bytes a kept piece costs besides its text: entry and header. */
const PIECE_OVERHEAD = 64;

/**
 * The JSON text of selections of objects of one data version (entities, sources, path
 * steps), each written once and spliced into every answer that selects it again. Keyed by
 * the selection (a writer compiled at start: a fixed, small number) and by the object
 * (see writerParts' PIECE_TYPES). A cache is made per knowledge base ({@link piecesOf}) and
 * goes with it. Bounded by `maxBytes` (UTF-16 bytes of the texts plus an overhead per
 * entry): once full, nothing more is kept and pieces are written each time.
 */
export class PieceCache {
  private readonly bySelection = new WeakMap<object, WeakMap<object, string>>();
  private bytes = 0;

  /** @param maxBytes the bound (see {@link PIECE_CACHE_BYTES}). */
  constructor(private readonly maxBytes: number) {}

  /** The text kept for `value` under `selection`. */
  get(selection: object, value: unknown): string | undefined {
    // A value that is no object is never a key: WeakMap's get answers undefined for it.
    return this.bySelection.get(selection)?.get(value as object);
  }

  /** Keeps `text` for `value` under `selection` while the bound allows. */
  set(selection: object, value: object, text: string): void {
    const size = text.length * 2 + PIECE_OVERHEAD;
    if (this.bytes + size > this.maxBytes) return;
    let kept = this.bySelection.get(selection);
    if (kept === undefined) {
      kept = new WeakMap();
      this.bySelection.set(selection, kept);
    }
    if (kept.has(value)) return;
    // Kept flat: written by joining its parts, a piece is a tree of hundreds of small
    // strings, which every answer splicing it in would walk again when flattened for the
    // socket (measured: flattening a cold trace's answer then took as long as writing it).
    kept.set(value, oneByteText(text));
    this.bytes += size;
  }

  /** Bytes kept so far (never over the bound). */
  get size(): number {
    return this.bytes;
  }
}

/** One cache per data version: the knowledge base a request runs on owns its pieces. */
const caches = new WeakMap<object, PieceCache>();

/** The piece cache of the data version `kb` (made on first use, bounded by {@link PIECE_CACHE_BYTES}). */
export function piecesOf(kb: object): PieceCache {
  let cache = caches.get(kb);
  if (cache === undefined) {
    cache = new PieceCache(PIECE_CACHE_BYTES);
    caches.set(kb, cache);
  }
  return cache;
}
