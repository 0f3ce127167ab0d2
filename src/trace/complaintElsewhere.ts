import type { TraceMatch, UnplacedFinding } from "./types.js";

/**
 * Whether the runner's complaint lies where the articles say nothing: the only things of
 * theirs understood are causes (or conditions only asked about), beside a feeling they
 * reported at a part no symptom reads it at ("I run on concrete every day and my shins
 * hurt"). The cause is read, but the complaint itself was not understood: triage says so
 * (UNKNOWN, never SELF_CARE), and, with no condition asked about, none is ranked from the
 * cause alone, since those conditions are of other parts than the one that hurts. One look
 * per match and finding.
 * @param own the matches of the body the answer is about
 * @param unplaced what was reported that the articles place nowhere it was said
 * @param asked ids of conditions only asked about
 */
export function complaintElsewhere(
  own: readonly TraceMatch[],
  unplaced: readonly UnplacedFinding[],
  asked: ReadonlySet<string>,
): boolean {
  if (!unplaced.some((u) => u.whose === "RUNNER")) return false;
  return !own.some((m) => m.entity.kind !== "CAUSE" && !asked.has(m.entity.id));
}
