import type { Evidence, KnowledgeBase } from "../knowledge/index.js";
import { EVIDENCE_KINDS } from "../trace/index.js";
import { badUserInput } from "./errors.js";
import { LIMITS } from "./limits.js";

/**
 * Checks trace's `evidence`: at most LIMITS.traceEvidence.max answers, each the id of a
 * symptom, cause or condition, each id once. Returns it unchanged.
 */
export function checkEvidence(kb: KnowledgeBase, evidence: readonly Evidence[]): Evidence[] {
  const { max } = LIMITS.traceEvidence;
  if (evidence.length > max) {
    throw badUserInput("evidence", `${evidence.length} answers given: allowed 0..${max}`);
  }
  const seen = new Set<string>();
  for (const [i, e] of evidence.entries()) {
    const entity = kb.entity(e.id);
    if (!entity || !EVIDENCE_KINDS.includes(entity.kind)) {
      throw badUserInput(
        `evidence[${i}]`,
        `"${e.id.slice(0, 100)}" is not the id of a symptom, cause or condition: answer with a question's about.id`,
      );
    }
    if (seen.has(e.id)) {
      throw badUserInput(`evidence[${i}]`, `"${e.id}" is answered twice: give each id once`);
    }
    seen.add(e.id);
  }
  return [...evidence];
}
