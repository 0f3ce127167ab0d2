import type { GraphDataProblem, ProblemCode } from "./GraphDataProblem.js";
import type { ParsedFile } from "./ParsedFile.js";

/** Where an entry sits: its file, the path to it there, and its name (null for none). */
export interface ProblemAt {
  readonly file: ParsedFile;
  readonly path: readonly (string | number)[];
  readonly entry: string | null;
}

/**
 * An error in the entry `at`, located at the line of `sub` within it (the entry itself by
 * default): what went wrong in `message`, how to fix it in `fix`.
 */
export function entryProblem(
  at: ProblemAt,
  code: ProblemCode,
  message: string,
  fix: string,
  sub: readonly (string | number)[] = [],
): GraphDataProblem {
  return {
    code,
    severity: "error",
    file: at.file.file,
    line: at.file.lineOf([...at.path, ...sub]),
    entry: at.entry,
    message,
    fix,
  };
}

/** Reports one problem of an entry: its file, path and name, what went wrong, the fix. */
export type ReportProblem = (
  file: ParsedFile,
  at: readonly (string | number)[],
  entry: string | null,
  code: ProblemCode,
  message: string,
  fix: string,
) => void;

/** A {@link ReportProblem} that adds each problem to `problems`. */
export function reportInto(problems: GraphDataProblem[]): ReportProblem {
  return (file, at, entry, code, message, fix) => {
    problems.push(entryProblem({ file, path: at, entry }, code, message, fix));
  };
}
