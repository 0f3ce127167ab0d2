/**
 * Bounds on graph-data, checked while it is read and before anything is built, so that no
 * folder (a curator's mistake or a hostile file) can make a load or a reload take unbounded
 * time or memory. Data over a bound is reported like any other graph-data problem and,
 * on a reload, the previous data keeps serving. The defaults leave the bundled graph-data
 * (about 190 KB, 570 entries, 21 synonym groups of at most 5) a margin of 10× or more.
 */
export interface GraphDataLimits {
  /**
   * Most `*.yaml` files in the folder (default 500). Each file costs a read, a parse and
   * a schema check however small it is.
   */
  readonly maxFiles: number;
  /**
   * Largest file, in bytes (default 1 MiB). A file is parsed in one go; split a larger
   * one into several.
   */
  readonly maxFileBytes: number;
  /**
   * Most bytes in all files together (default 4 MiB; GRAPH_DATA_MAX_MB raises it).
   * Checking a folder keeps about 30 bytes of syntax tree per byte of YAML (a reload's
   * worker needs about 128 MiB of heap for 4 MiB), and 4 MiB of entries build a knowledge
   * base of about 50 MiB.
   */
  readonly maxTotalBytes: number;
  /**
   * Most entries (nodes, edges and declared documents) in all files together (default
   * 20 000, about 4 MiB of YAML; GRAPH_DATA_MAX_ENTRIES raises it). The graph, the index
   * and the trace structures grow with it.
   */
  readonly maxEntries: number;
  /**
   * Most YAML aliases (`*name`) in one file (default 1 000). The yaml package resolves
   * each alias by scanning the file's anchors and aliases, so their cost is quadratic in
   * this number.
   */
  readonly maxAliases: number;
  /**
   * Most YAML values that aliases may repeat, in all files together (default 10 000).
   * An alias stands for a copy of what its anchor holds: one large anchor aliased 99
   * times, or anchors of anchors, would otherwise multiply a small file into millions of
   * values for the checks and the index to walk.
   */
  readonly maxAliasedValues: number;
  /** Most synonym groups in all files together (default 1 000). */
  readonly maxSynonymGroups: number;
  /**
   * Most words or phrases in one synonym group (default 50). Every phrase of a group
   * expands a query to all the others, so a group's size is a cost on every search that
   * meets it (and a loose group makes every search noisier).
   */
  readonly maxSynonymGroupSize: number;
  /**
   * Times the folder is read before giving up when files change while it is read
   * (default 3). A load serves a snapshot of the folder that existed at one moment,
   * never a mix of old and new files.
   */
  readonly readAttempts: number;
}

/** The defaults of {@link GraphDataLimits}: the one place they are said. */
export const DEFAULT_GRAPH_DATA_LIMITS: GraphDataLimits = {
  maxFiles: 500,
  maxFileBytes: 2 ** 20,
  maxTotalBytes: 4 * 2 ** 20,
  maxEntries: 20_000,
  maxAliases: 1_000,
  maxAliasedValues: 10_000,
  maxSynonymGroups: 1_000,
  maxSynonymGroupSize: 50,
  readAttempts: 3,
};

/** `bytes` as MiB with one decimal, for messages. */
export function mebibytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
