import { createHash } from "node:crypto";
import type { LimitUse } from "./entryLimits.js";
import { DEFAULT_GRAPH_DATA_LIMITS, type GraphDataLimits } from "./GraphDataLimits.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import { graphDataValidator } from "./graphDataSchema.js";
import type { ParsedFile } from "./ParsedFile.js";
import { parseGraphFile } from "./parseGraphFile.js";
import { readSnapshot, type SnapshotOptions } from "./readSnapshot.js";

/** The result of reading a graph-data folder. */
export interface ReadResult {
  readonly files: readonly ParsedFile[];
  readonly problems: readonly GraphDataProblem[];
  /** sha256 over every file's path and content: the data's version. */
  readonly version: string;
  /** Whether a limit was exceeded (see GraphDataLimits): nothing may be built from it. */
  readonly overLimit: boolean;
}

/** Options of {@link readGraphFiles}. */
export interface ReadOptions {
  /** Bounds on the folder (default {@link DEFAULT_GRAPH_DATA_LIMITS}). */
  readonly limits?: GraphDataLimits;
  /** Called after each file is read: a seam for tests (see {@link SnapshotOptions}). */
  readonly afterRead?: SnapshotOptions["afterRead"];
}

/**
 * Reads every YAML file under `dir` as one consistent snapshot (see {@link readSnapshot}),
 * parses each and checks it against the limits and the JSON Schema. Never throws for bad
 * content: every problem is returned, with file and line. `overLimit` says that a limit
 * was exceeded: the data must then not be built, nor even checked further.
 */
export async function readGraphFiles(dir: string, options: ReadOptions = {}): Promise<ReadResult> {
  const limits = options.limits ?? DEFAULT_GRAPH_DATA_LIMITS;
  const validate = await graphDataValidator();
  const snapshot = await readSnapshot(dir, { limits, afterRead: options.afterRead });
  if (snapshot.problems.length > 0) {
    return { files: [], problems: snapshot.problems, version: "", overLimit: true };
  }
  const hash = createHash("sha256");
  const files: ParsedFile[] = [];
  const problems: GraphDataProblem[] = [];
  if (snapshot.files.length === 0) {
    problems.push({
      code: "NO_DATA",
      severity: "error",
      file: ".",
      line: 1,
      entry: null,
      message: `no *.yaml file under ${dir}`,
      fix: "point GRAPH_DATA at a graph-data folder, or add YAML files with nodes and edges",
    });
  }
  const use: LimitUse = { entries: 0, aliasedValues: 0, synonymGroups: 0 };
  let overLimit = false;
  for (const { file, text } of snapshot.files) {
    hash.update(file).update("\0").update(text).update("\0");
    const parsed = parseGraphFile(file, text, { validate, limits, use, skipSchema: overLimit });
    problems.push(...parsed.problems);
    overLimit ||= parsed.overLimit;
    if (parsed.file !== null) files.push(parsed.file);
  }
  return { files, problems, version: hash.digest("hex").slice(0, 16), overLimit };
}
