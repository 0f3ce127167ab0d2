import type { GraphData } from "../graph/index.js";

/**
 * The symptoms each profile takes in when the same person reports both, for the reader's
 * tidying (tidyFindings): the ones its `takesIn` names, and the warning signs of the whole
 * leg (`anywhere`: not bearing weight) whose every feeling it lists, when both are signs of
 * the same article's list. "Sudden heel pain, can't put weight on it" is one sign, the heel
 * list's sudden pain ("especially if accompanied by ... inability to bear weight"), though
 * not bearing weight said alone ("I can't put weight on my heel") is the whole leg's sign.
 * The trace counts only the named ones as always said (FindingProfile.takesIn): a sudden
 * heel pain said alone says nothing of bearing weight. One pass over the profiles per sign
 * of the whole leg, at construction.
 */
export function takenInSigns(
  data: Pick<GraphData, "findings" | "entities">,
): Map<string, readonly string[]> {
  const wholeLeg = [...data.findings.values()].filter((p) => p.anywhere && p.feelings.length > 0);
  const taken = new Map<string, readonly string[]>();
  for (const p of data.findings.values()) {
    if (p.countsAs !== null) continue;
    const list = listOf(data, p.entity);
    const within =
      list === null
        ? []
        : wholeLeg
            .filter(
              (w) =>
                w.entity !== p.entity &&
                listOf(data, w.entity) === list &&
                w.feelings.every((f) => p.feelings.includes(f)),
            )
            .map((w) => w.entity);
    const all = [...new Set([...p.takesIn, ...within])];
    if (all.length > 0) taken.set(p.entity, all);
  }
  return taken;
}

/** The article list of warning signs `id` is on, or null when it is on none. */
function listOf(data: Pick<GraphData, "entities">, id: string): string | null {
  const e = data.entities.get(id);
  return e?.kind === "SYMPTOM" ? e.warningSignOf : null;
}
