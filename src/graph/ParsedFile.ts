import type {
  RawDocument,
  RawEdge,
  RawFindingProfile,
  RawNode,
  RawVocabulary,
} from "./rawTypes.js";

/** An entry of a list in a file, with its index there (for locating it). */
export interface Indexed<T> {
  readonly raw: T;
  readonly index: number;
}

/** One graph-data file, parsed and checked against the JSON Schema. */
export interface ParsedFile {
  /** Path relative to the graph-data folder, with forward slashes. */
  readonly file: string;
  /** Declared documents that passed the schema, each with its index in the file. */
  readonly sources: readonly Indexed<RawDocument>[];
  /** Nodes that passed the schema, each with its index in the file. */
  readonly nodes: readonly Indexed<RawNode>[];
  /** Edges that passed the schema, each with its index in the file. */
  readonly edges: readonly Indexed<RawEdge>[];
  /** Synonym groups that passed the schema. */
  readonly synonyms: readonly (readonly string[])[];
  /** The file's vocabulary, when it has one and it passed the schema. */
  readonly vocabulary: RawVocabulary | null;
  /** Findings profiles that passed the schema, by entity id. */
  readonly findings: ReadonlyMap<string, RawFindingProfile>;
  /** Ids of nodes that exist but failed the schema, so they are not reported as unknown. */
  readonly invalidIds: ReadonlySet<string>;
  /** 1-based line of the value at `at` (for example `["nodes", 3]`). */
  lineOf(at: readonly (string | number)[]): number;
}
