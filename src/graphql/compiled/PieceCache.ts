import { oneByteText } from "./writerParts.js";

/**
 * Bytes of answer pieces kept per data version (default 4 MiB): the contract's selections
 * of every entity, source and path step of the bundled graph take well under 1 MiB. Past
 * it, pieces are written each time instead of kept.
 */
export const PIECE_CACHE_BYTES = 4 * 2 ** 20;

/** Bytes a kept piece, or a level of its key, costs besides its text: entry and header. */
const PIECE_OVERHEAD = 64;

/** Pieces under one selection, keyed by one object per level (see PieceCache.get). */
type Level = WeakMap<object, Level | string>;

/**
 * The JSON text of selections of objects of one data version (entities, sources, path
 * steps), each written once and spliced into every answer that selects it again. Keyed by
 * the selection (a writer compiled at start: a fixed, small number) and by objects the
 * data version owns: the value itself, or, for a path step, the edge and the entities it
 * joins (the step objects are made once per data version too, so this keying is more
 * than needed: see writerParts' PIECE_KEYS). A cache is made per knowledge base ({@link piecesOf}) and goes with
 * it. Bounded by `maxBytes` (UTF-16 bytes of the texts plus an overhead per entry and
 * level): once full, nothing more is kept and pieces are written each time.
 */
export class PieceCache {
  private readonly bySelection = new WeakMap<object, Level>();
  private bytes = 0;

  /** @param maxBytes the bound (see {@link PIECE_CACHE_BYTES}). */
  constructor(private readonly maxBytes: number) {}

  /**
   * The text kept for `value` under `selection`: keyed by `value` itself when `keys` is
   * null, else by its properties `keys` (each must be an object, or nothing is kept).
   */
  get(selection: object, value: object, keys: readonly string[] | null): string | undefined {
    let level: Level | string | undefined = this.bySelection.get(selection);
    if (keys === null)
      return level === undefined ? undefined : ((level as Level).get(value) as string | undefined);
    for (const key of keys) {
      if (level === undefined || typeof level === "string") return undefined;
      const object = (value as Record<string, unknown>)[key];
      if (typeof object !== "object" || object === null) return undefined;
      level = level.get(object);
    }
    return typeof level === "string" ? level : undefined;
  }

  /** Keeps `text` for `value` under `selection` (keyed as in {@link get}) while the bound allows. */
  set(selection: object, value: object, keys: readonly string[] | null, text: string): void {
    const objects: object[] = [];
    for (const key of keys ?? []) {
      const object = (value as Record<string, unknown>)[key];
      if (typeof object !== "object" || object === null) return;
      objects.push(object);
    }
    if (keys === null) objects.push(value);
    const size = text.length * 2 + PIECE_OVERHEAD * objects.length;
    if (this.bytes + size > this.maxBytes) return;
    let level: Level | undefined = this.bySelection.get(selection);
    if (level === undefined) {
      level = new WeakMap();
      this.bySelection.set(selection, level);
    }
    const last = objects.length - 1;
    for (let i = 0; i < last; i++) {
      const object = objects[i] as object;
      const found: Level | string | undefined = level.get(object);
      if (typeof found === "string") return;
      const next: Level = found ?? new WeakMap();
      if (found === undefined) level.set(object, next);
      level = next;
    }
    const leaf = objects[last] as object;
    if (level.has(leaf)) return;
    // Kept flat: written by joining its parts, a piece is a tree of hundreds of small
    // strings, which every answer splicing it in would walk again when flattened for the
    // socket (measured: flattening a cold trace's answer then took as long as writing it).
    level.set(leaf, oneByteText(text));
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
