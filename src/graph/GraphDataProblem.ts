/** Codes of the problems the loader reports, one per kind of mistake in graph-data. */
export const PROBLEM_CODES = [
  "NO_DATA",
  "DATA_TOO_LARGE",
  "FILE_TOO_LARGE",
  "CHANGED_WHILE_READING",
  "FILE_UNREADABLE",
  "YAML_SYNTAX",
  "ALIAS_EXPANSION",
  "TOO_MANY_ENTRIES",
  "SYNONYM_GROUP_TOO_LARGE",
  "TOO_MANY_SYNONYM_GROUPS",
  "SCHEMA",
  "MISSING_SOURCES",
  "MISSING_EXPLANATION",
  "DUPLICATE_ID",
  "DUPLICATE_DOCUMENT",
  "DUPLICATE_EDGE",
  "UNKNOWN_NODE",
  "UNKNOWN_DOCUMENT",
  "UNKNOWN_SECTION",
  "UNKNOWN_TERM",
  "ENDPOINT_KIND",
  "SELF_LOOP",
  "CYCLE",
  "WARNING_SIGNS",
  "ORPHAN",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One problem found in graph-data. */
export interface GraphDataProblem {
  readonly code: ProblemCode;
  /** `error` stops the load; `warning` is reported by graph:check but loads. */
  readonly severity: "error" | "warning";
  /** Path of the file, relative to the graph-data folder. */
  readonly file: string;
  /** 1-based line of the entry (or of the offending value) in that file. */
  readonly line: number;
  /** Id of the entry concerned (node id, edge `from -REL-> to`, document id), if any. */
  readonly entry: string | null;
  /** What went wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** Formats a problem as one line: `file:line [entry] CODE: message: fix`. */
export function formatProblem(problem: GraphDataProblem): string {
  const entry = problem.entry === null ? "" : ` [${problem.entry}]`;
  return `${problem.file}:${problem.line}${entry} ${problem.code}: ${problem.message}: ${problem.fix}`;
}
