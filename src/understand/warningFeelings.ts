import type { GraphData } from "../graph/index.js";

/**
 * Ids of the feelings of a red flag's findings profile (limping, swelling, numbness): a typo
 * makes them only through a doubled letter or a swap (see Speller.ts).
 */
export function warningFeelings(data: Pick<GraphData, "findings" | "entities">): Set<string> {
  const feelings = new Set<string>();
  for (const p of data.findings.values()) {
    const e = data.entities.get(p.entity);
    if (e?.kind === "SYMPTOM" && e.redFlag) for (const f of p.feelings) feelings.add(f);
  }
  return feelings;
}
