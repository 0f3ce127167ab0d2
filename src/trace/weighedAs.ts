import { conditionMatch } from "./conditionMatch.js";
import { matchAs } from "./matchAs.js";
import type { ConditionMatch, TraceMatch } from "./types.js";

/**
 * The matches as the trace weighs them: a condition read from its site's generic pain
 * (`countsAs`: "my ankle aches" is runners-ankle) as the symptom that pain is, every other
 * match as itself; each entity once, as first matched (as a yes to what was read keeps
 * the reading). The same array when no match counts as another entity (the usual case).
 */
export function weighedAs(matched: readonly TraceMatch[]): readonly TraceMatch[] {
  if (matched.every((m) => m.countsAs === null)) return matched;
  const byId = new Map<string, TraceMatch>();
  for (const m of matched) {
    const w = m.countsAs === null ? m : matchAs(m, m.countsAs);
    if (!byId.has(w.entity.id)) byId.set(w.entity.id, w);
  }
  return [...byId.values()];
}

/**
 * `fits` with each piece of evidence shown as what was matched: the symptom a generic
 * reading was weighed as is shown as that reading's condition (the runner said "my ankle
 * aches", read as runners-ankle, not "pain at the front, back or sides"), unless the
 * symptom was matched itself. The same array when no match counts as another entity.
 */
export function shownAs(
  fits: readonly ConditionMatch[],
  matched: readonly TraceMatch[],
): ConditionMatch[] {
  const shown = new Map<string, TraceMatch["entity"]>();
  for (const m of matched)
    if (m.countsAs !== null && !shown.has(m.countsAs.id)) shown.set(m.countsAs.id, m.entity);
  for (const m of matched) shown.delete(m.entity.id);
  if (shown.size === 0) return [...fits];
  return fits.map((f) =>
    conditionMatch(
      f.condition,
      f.score,
      f.matchedSymptoms.map((e) => shown.get(e.id) ?? e),
    ),
  );
}
