/**
 * Fits a finding's confidence to the held-out labelled complaints and prints the check:
 *
 *   npx tsx scripts/fitConfidence.ts           print; say whether the committed table is the fit
 *   npx tsx scripts/fitConfidence.ts --write   also write src/understand/confidenceTable.ts
 *   npx tsx scripts/fitConfidence.ts --check   exit 1 when the committed table is not the fit
 *
 * Reads held-out sets 1-5 (tests/understand/heldout*.yaml) with the real reader on the
 * bundled graph-data, pools them to fit (scripts/confidenceFit.ts), and prints: how each
 * feature separates right from wrong matches, the fitted buckets, the leave-one-set-out
 * check (fitted on four sets, scored on the fifth), the check on each set fitted on the
 * sets written before it (what a new set meets), reliability tables in and out of
 * sample, and the tuned set (complaints.yaml, never fitted on: the reader was built on it).
 * Refit after any change of the reader or graph-data: `--write`, then commit the table.
 * Bounded: at most MAX_COMPLAINTS_PER_SET complaints a set, each read within READ_LIMITS;
 * a few seconds.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadKnowledgeBase } from "../src/knowledge/index.js";
import { CONFIDENCE_TABLE, type ConfidenceTable } from "../src/understand/index.js";
import {
  atOrAbove,
  betweenSetSpread,
  fitTable,
  HELD_OUT_SETS,
  leaveOneSetOut,
  type Scored,
  type ScoredMatch,
  scoredWith,
  scoreSet,
  TUNED_SET,
} from "./confidenceFit.js";
import { bucketLines, featureLines, reliabilityLines, renderTable } from "./confidenceReport.js";

const TABLE_FILE = fileURLToPath(new URL("../src/understand/confidenceTable.ts", import.meta.url));
const GRAPH = fileURLToPath(new URL("../graph-data/", import.meta.url));

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const high = (scored: readonly Scored[]) => {
  const h = atOrAbove(scored);
  return `${h.matches} matches at 0.9 or more, ${h.right} right (${h.matches === 0 ? "-" : pct(h.share)})`;
};
const same = (a: ConfidenceTable, b: ConfidenceTable) => JSON.stringify(a) === JSON.stringify(b);

const kb = await loadKnowledgeBase(GRAPH);
const bySet = new Map<string, ScoredMatch[]>();
for (const set of [...HELD_OUT_SETS, TUNED_SET]) bySet.set(set, scoreSet(kb, set));
const pooled = HELD_OUT_SETS.flatMap((s) => bySet.get(s) ?? []);
const tuned = bySet.get(TUNED_SET) ?? [];
const table = fitTable(pooled);
const folds = leaveOneSetOut(pooled);
const out = folds.flatMap((f) => f.scored);
const inSample = scoredWith(pooled, table);

const print = (title: string, lines: readonly string[]) =>
  console.log(`\n## ${title}\n${lines.join("\n")}`);
print(`features on held-out sets 1-5 pooled (${pooled.length} matches): matches, share right`, [
  ...featureLines(pooled),
]);
print("buckets fitted on held-out sets 1-5 pooled", [
  `between-set spread: ${Math.sqrt(betweenSetSpread(pooled)).toFixed(2)} (logit SD); lower: the share a new set should keep 19 times in 20 (the figure, rounded down)`,
  ...bucketLines(table, pooled, HELD_OUT_SETS),
]);
print("out of sample: fitted on four held-out sets, scored on the fifth", [
  ...folds.map((f) => `  ${f.held.padEnd(9)} ${high(f.scored)}`),
  `  pooled    ${high(out)}`,
  ...reliabilityLines(out),
]);
// Each set scored by a fit on the sets written before it: what a set written later meets.
const below = (scored: readonly Scored[]) => {
  const b = scored.filter((x) => x.confidence < 0.9);
  const mean = b.reduce((sum, x) => sum + x.confidence, 0) / Math.max(1, b.length);
  const right = b.filter((x) => x.right).length / Math.max(1, b.length);
  return `below 0.9: ${b.length} matches, mean confidence ${mean.toFixed(3)}, ${pct(right)} right`;
};
print("written later: each set scored by a fit on the sets written before it", [
  ...HELD_OUT_SETS.slice(2).map((s, i) => {
    const earlier = pooled.filter((m) => HELD_OUT_SETS.indexOf(m.set as never) < i + 2);
    const scored = scoredWith(bySet.get(s) ?? [], fitTable(earlier));
    return `  ${s.padEnd(9)} ${high(scored)}; ${below(scored)}`;
  }),
]);
print("in sample: the fit scored on the sets it was fitted on", [
  ...HELD_OUT_SETS.map((s) => `  ${s.padEnd(9)} ${high(scoredWith(bySet.get(s) ?? [], table))}`),
  `  pooled    ${high(inSample)}`,
  ...reliabilityLines(inSample),
]);
print(`tuned set (${TUNED_SET}.yaml, never fitted on; the reader was built on it)`, [
  `  ${high(scoredWith(tuned, table))}`,
  ...reliabilityLines(scoredWith(tuned, table)),
]);
const reported = pooled.map((m) => ({ confidence: m.reported, right: m.right }));
print("as the reader reports now (the committed table), held-out sets 1-5 pooled", [
  `  ${high(reported)}`,
]);

const current = same(table, CONFIDENCE_TABLE);
if (process.argv.includes("--write")) {
  const text = renderTable(table, `held-out sets 1-5 pooled (${pooled.length} matches)`);
  if (readFileSync(TABLE_FILE, "utf8") !== text) writeFileSync(TABLE_FILE, text);
  console.log(`\nwrote ${TABLE_FILE}${current ? " (figures unchanged)" : ""}`);
} else {
  console.log(
    current
      ? "\nthe committed table is this fit"
      : "\nthe committed table is NOT this fit: run with --write and commit it",
  );
  if (process.argv.includes("--check") && !current) process.exitCode = 1;
}
