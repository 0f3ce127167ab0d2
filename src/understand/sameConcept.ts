import type { Concept } from "./Concept.js";

/** Whether two concepts are the same idea (type and id). */
export function sameConcept(a: Concept, b: Concept): boolean {
  return a.type === b.type && (a.id ?? null) === (b.id ?? null);
}
