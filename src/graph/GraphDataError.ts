import { formatProblem, type GraphDataProblem } from "./GraphDataProblem.js";

/**
 * Thrown when graph-data has one or more errors. Carries every problem found, so that a
 * curator can fix them all in one pass.
 */
export class GraphDataError extends Error {
  /** Every problem found, errors and warnings, sorted by file and line. */
  readonly problems: readonly GraphDataProblem[];

  constructor(problems: readonly GraphDataProblem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      `graph-data has ${errors.length} error(s): fix each one listed and run npm run graph:check\n${errors
        .map(formatProblem)
        .join("\n")}`,
    );
    this.name = "GraphDataError";
    this.problems = problems;
  }
}
