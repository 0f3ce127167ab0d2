/**
 * `npm run graph:check [dir]`: runs the loader's checks on graph-data (default: the
 * bundled folder, or GRAPH_DATA) within the service's limits (GRAPH_DATA_MAX_MB,
 * GRAPH_DATA_MAX_ENTRIES), prints every problem with file, line, entry, code and fix, then
 * counts by kind and relation. Exits 1 when any error is found.
 */
import path from "node:path";
import { readConfig } from "../config.js";
import { checkGraphData, formatProblem, graphStats } from "../graph/index.js";

const dir = path.resolve(process.argv[2] ?? process.env.GRAPH_DATA ?? "graph-data");
const { data, problems } = await checkGraphData(dir, { limits: readConfig().graphDataLimits });
const errors = problems.filter((p) => p.severity === "error");
const warnings = problems.filter((p) => p.severity === "warning");

for (const p of errors) console.error(`error   ${formatProblem(p)}`);
for (const p of warnings) console.error(`warning ${formatProblem(p)}`);

if (data === null) {
  console.error(
    `\n${dir}: ${errors.length} error(s), ${warnings.length} warning(s). Nothing loaded.`,
  );
  process.exitCode = 1;
} else {
  const stats = graphStats(data);
  console.log(`${dir}: version ${data.version}`);
  console.log(
    `${stats.nodeCount} nodes, ${stats.edgeCount} edges, ${data.documents.size} documents`,
  );
  console.log("\nnodes by kind");
  for (const { kind, count } of stats.byKind) console.log(`  ${kind.padEnd(16)} ${count}`);
  console.log("\nedges by relation");
  for (const { relation, count } of stats.byRelation)
    console.log(`  ${relation.padEnd(16)} ${count}`);
  const orphans = warnings.filter((p) => p.code === "ORPHAN").map((p) => p.entry);
  console.log(`\norphans: ${orphans.length === 0 ? "none" : orphans.join(", ")}`);
  console.log(`\nOK: ${errors.length} errors, ${warnings.length} warnings`);
}
