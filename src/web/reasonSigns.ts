import { isWarningSign } from "./answeredNo.js";
import type { TraceQuery } from "./generated/operations.js";

// What the triage banner names its reasons by, without DOM code (so unit tests can import this).
type Trace = NonNullable<TraceQuery["trace"]>;

/** What {@link becauseOf} reads of a trace. */
export type ReasonsOf = Pick<Trace, "triage" | "conditions" | "matched">;

/** The site of a warning-sign list an entity is on ("heel"), or null when it is on none. */
export function listSite(e: object): string | null {
  if (!("warningSignList" in e)) return null;
  const list = e.warningSignList;
  if (typeof list !== "object" || list === null || !("site" in list)) return null;
  return typeof list.site === "string" ? list.site : null;
}

/** The entities of `t` by id: its triage's reasons and what it read, each as named there. */
function entitiesOf(t: ReasonsOf): Map<string, object & { id: string; name: string }> {
  const all = new Map<string, object & { id: string; name: string }>();
  for (const m of t.matched) all.set(m.entity.id, m.entity);
  for (const r of t.triage.reasons) all.set(r.id, r);
  return all;
}

/**
 * What the banner names after "because of": its reasons resting on no words, each a
 * warning sign or symptom by its own name, never a condition. A condition the service
 * gives as a reason (one the articles send to a doctor, reached through what was reported:
 * "Heel stress fracture" through limping) is named by the warning signs it was reached
 * through, else by what it was reached through; those already shown with their words (in
 * `grounded`, by id) are not named again. A condition reached through nothing the trace
 * names keeps its own name (the service gave no other). A sign on another body part's list
 * than the rest of the report's says so (see otherPartNotes). Each name once, in order.
 */
export function becauseOf(t: ReasonsOf, grounded: ReadonlySet<string>): string[] {
  const entities = entitiesOf(t);
  const notes = otherPartNotes(t);
  const names: string[] = [];
  const add = (e: { id: string; name: string }) => {
    const note = notes.get(e.id);
    const name = note ? `${e.name} (${note})` : e.name;
    if (!names.includes(name)) names.push(name);
  };
  for (const r of t.triage.reasons) {
    if (grounded.has(r.id)) continue;
    const evidence =
      r.kind === "CONDITION"
        ? (t.conditions.find((c) => c.condition.id === r.id)?.matchedEvidence ?? [])
        : [];
    if (evidence.length === 0) {
      add(r);
      continue;
    }
    const signs = evidence.filter((e) => isWarningSign(entities.get(e.id) ?? e));
    for (const e of signs.length > 0 ? signs : evidence) {
      if (!grounded.has(e.id)) add(e);
    }
  }
  return names;
}

/**
 * For each warning sign among the triage's reasons and readings whose list is another body part's than
 * the rest of the report's signs (the heel article's limping said with a swollen ankle),
 * a plain note saying so: "on the heel article's list of warning signs, not the ankle article's".
 * By id; a sign whose part is also another sign's, or with no other part beside it,
 * has none.
 */
export function otherPartNotes(t: ReasonsOf): Map<string, string> {
  const entities = [...entitiesOf(t).values()];
  const notes = new Map<string, string>();
  for (const r of entities) {
    const site = listSite(r);
    if (site === null) continue;
    const others = entities.filter((e) => e.id !== r.id).map(listSite);
    if (others.includes(site)) continue;
    const parts = [...new Set(others.filter((s) => s !== null))];
    if (parts.length === 0) continue;
    const theirs = parts.map((p) => `the ${p} article's`).join(" or ");
    notes.set(r.id, `on the ${site} article's list of warning signs, not ${theirs}`);
  }
  return notes;
}
