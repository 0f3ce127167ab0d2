import type { KnowledgeGraph } from "../graph/index.js";
import { edgesAt } from "../graph/index.js";

/**
 * Where a structure sits on the kinetic chain: itself when an UPSTREAM_OF edge joins it to
 * the chain, else the whole it is PART_OF that does (the MCL sits on the chain where the
 * knee does), else itself. At most one step per structure (a PART_OF cycle ends it).
 */
function chainPlace(graph: KnowledgeGraph, id: string): string {
  const seen = new Set<string>();
  let at = id;
  while (!seen.has(at)) {
    seen.add(at);
    const onChain =
      edgesAt(graph, at, "INCOMING", ["UPSTREAM_OF"]).length > 0 ||
      edgesAt(graph, at, "OUTGOING", ["UPSTREAM_OF"]).length > 0;
    if (onChain) return at;
    const whole = edgesAt(graph, at, "OUTGOING", ["PART_OF"])[0];
    if (whole === undefined) return id;
    at = whole.other.id;
  }
  return id;
}

/** Whether `above` lies strictly above `below` on the chain (UPSTREAM_OF followed up; each structure once). */
function isAbove(graph: KnowledgeGraph, above: string, below: string): boolean {
  const seen = new Set<string>([below]);
  let frontier = [below];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier)
      for (const { other } of edgesAt(graph, id, "INCOMING", ["UPSTREAM_OF"])) {
        if (other.id === above) return true;
        if (seen.has(other.id)) continue;
        seen.add(other.id);
        next.push(other.id);
      }
    frontier = next;
  }
  return false;
}

/**
 * Whether a condition's presentation is felt further down the kinetic chain than where the
 * condition acts: every structure the symptom is FELT_IN is none the condition AFFECTS and
 * sits below one it does (UPSTREAM_OF followed up, parts placed where their whole is). Tight hip
 * flexors felt as ankle pain is the chain carrying them down the leg (the hip-flexor
 * article), not their own presentation; pain at the hip is theirs. A symptom felt nowhere,
 * or a condition acting nowhere, is never down the chain. Each walk visits a structure at
 * most once.
 */
export function feltDownChain(graph: KnowledgeGraph, conditionId: string, symptomId: string) {
  const acts = edgesAt(graph, conditionId, "OUTGOING", ["AFFECTS"]).map((x) =>
    chainPlace(graph, x.other.id),
  );
  const felt = edgesAt(graph, symptomId, "OUTGOING", ["FELT_IN"]).map((x) =>
    chainPlace(graph, x.other.id),
  );
  if (acts.length === 0 || felt.length === 0) return false;
  return felt.every((f) => !acts.includes(f) && acts.some((a) => isAbove(graph, a, f)));
}
