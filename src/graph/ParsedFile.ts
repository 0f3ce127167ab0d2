import type {
  RawDocument,
  RawEdge,
  RawFindingProfile,
  RawNode,
  RawSourceRef,
  RawVocabulary,
} from "./rawTypes.js";

/** An entry of a list in a file, with its index there (for locating it). */
export interface Indexed<T> {
  readonly raw: T;
  readonly index: number;
}

/**
 * A node that failed the schema, as far as the checks across files can still use it: its
 * id, and each citation that has a document and a section (null for one that has not).
 */
export interface InvalidNode {
  readonly id: string;
  readonly sources: readonly (RawSourceRef | null)[];
}

/**
 * An edge that failed the schema, as far as the checks across files can still use it: its
 * name (`from -REL-> to`), each end that is a string the schema did not refuse (else null),
 * and its citations as for {@link InvalidNode}.
 */
export interface InvalidEdge {
  readonly entry: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly sources: readonly (RawSourceRef | null)[];
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
  /**
   * Nodes with an id that failed the schema, each with its index: their ids and citations
   * are still checked (duplicates, unknown documents and sections), so one load lists every
   * problem of a node, not only its schema's.
   */
  readonly invalidNodes: readonly Indexed<InvalidNode>[];
  /** Edges that failed the schema, each with its index: their ends and citations are still checked. */
  readonly invalidEdges: readonly Indexed<InvalidEdge>[];
  /** 1-based line of the value at `at` (for example `["nodes", 3]`). */
  lineOf(at: readonly (string | number)[]): number;
}
