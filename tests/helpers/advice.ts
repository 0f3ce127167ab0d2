import type { KnowledgeBase } from "../../src/knowledge/index.js";

/** The answer of advice entry `id` in `kb`'s graph-data, or a marker saying there is none. */
export function adviceAnswer(kb: KnowledgeBase, id: string): string {
  const e = kb.data.entities.get(id);
  return e?.kind === "ADVICE" ? e.answer : `(no advice ${id})`;
}
