/**
 * `npm run graph:check [dir]` and `kinetic-graph check [dir]`: runs the loader's checks on
 * graph-data (default: the bundled folder, or GRAPH_DATA) within the service's limits
 * (GRAPH_DATA_MAX_MB, GRAPH_DATA_MAX_ENTRIES), prints every problem with file, line,
 * entry, code and fix, then counts by kind and relation. Exits 1 when any error is found,
 * 2 when a graph-data variable is bad (GRAPH_DATA="" is refused, as the service refuses it).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkGraphData, formatProblem, type GraphDataLimits, graphStats } from "../graph/index.js";
import { ConfigError, readGraphDataLimits, readGraphDataSettings } from "../process/config.js";

/** Where the report goes: `out` for the counts, `err` for problems. */
export interface Printer {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/**
 * Checks the graph-data in `dir` within `limits` (default: the service's, from the
 * environment) and prints the report; resolves true when it has no error (warnings such
 * as orphans do not fail it).
 */
export async function graphCheck(
  dir: string,
  print: Printer,
  limits: GraphDataLimits = readGraphDataLimits(),
): Promise<boolean> {
  const { data, problems } = await checkGraphData(dir, { limits });
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  for (const p of errors) print.err(`error   ${formatProblem(p)}`);
  for (const p of warnings) print.err(`warning ${formatProblem(p)}`);
  if (data === null) {
    print.err(
      `\n${dir}: ${errors.length} error(s), ${warnings.length} warning(s). Nothing loaded.`,
    );
    return false;
  }
  const stats = graphStats(data);
  print.out(`${dir}: version ${data.version}`);
  print.out(`${stats.nodeCount} nodes, ${stats.edgeCount} edges, ${data.documents.size} documents`);
  print.out("\nnodes by kind");
  for (const { kind, count } of stats.byKind) print.out(`  ${kind.padEnd(16)} ${count}`);
  print.out("\nedges by relation");
  for (const { relation, count } of stats.byRelation)
    print.out(`  ${relation.padEnd(16)} ${count}`);
  const orphans = warnings.filter((p) => p.code === "ORPHAN").map((p) => p.entry);
  print.out(`\norphans: ${orphans.length === 0 ? "none" : orphans.join(", ")}`);
  print.out(`\nOK: ${errors.length} errors, ${warnings.length} warnings`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    const { folder, limits } = readGraphDataSettings();
    const dir = path.resolve(process.argv[2] ?? folder);
    const ok = await graphCheck(dir, { out: console.log, err: console.error }, limits);
    process.exitCode = ok ? 0 : 1;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`${err.message}\nfix the variable, or unset it for its default`);
    process.exitCode = 2;
  }
}
