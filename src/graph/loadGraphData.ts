import { GraphDataError } from "./GraphDataError.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import type { GraphData } from "./model.js";
import { type ReadOptions, readGraphFiles } from "./readGraphFiles.js";
import { validateGraphData } from "./validateGraphData.js";

/** What checking a graph-data folder found: the data when it is sound, and every problem. */
export interface CheckResult {
  /** The validated data, or null when any problem is an error. */
  readonly data: GraphData | null;
  /** Every problem, errors and warnings, sorted by file and line. */
  readonly problems: readonly GraphDataProblem[];
}

/**
 * Reads, parses and validates every YAML file under `dir`, within `options.limits` (a
 * folder over a limit is reported and not checked further). Never throws for bad content;
 * use {@link loadGraphData} to get the data or an error listing every problem.
 */
export async function checkGraphData(dir: string, options: ReadOptions = {}): Promise<CheckResult> {
  const read = await readGraphFiles(dir, options);
  if (read.overLimit) return { data: null, problems: sortProblems(read.problems) };
  const result = validateGraphData(read.files);
  const problems = sortProblems([...read.problems, ...result.problems]);
  if (problems.some((p) => p.severity === "error")) return { data: null, problems };
  return {
    data: {
      documents: result.documents,
      entities: result.entities,
      edges: result.edges,
      synonyms: result.synonyms,
      vocabulary: result.vocabulary,
      findings: result.findings,
      version: read.version,
    },
    problems,
  };
}

/** Problems sorted by file and line, then code. */
function sortProblems(problems: readonly GraphDataProblem[]): GraphDataProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code),
  );
}

/**
 * Loads graph-data from `dir`, within `options.limits`.
 * @throws GraphDataError listing every problem (file, line, entry, code, fix) when any
 *   error is found; warnings (orphans) do not stop the load.
 */
export async function loadGraphData(dir: string, options: ReadOptions = {}): Promise<GraphData> {
  const { data, problems } = await checkGraphData(dir, options);
  if (data === null) throw new GraphDataError(problems);
  return data;
}
