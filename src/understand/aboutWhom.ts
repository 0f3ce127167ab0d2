import type { Clause } from "./readClauses.js";
import type { Whose } from "./types.js";

/**
 * Whose body a reading answers about: SOMEONE_ELSE when its clauses about another person
 * were read as the runner's (the complaint speaks of no one else; see frameClauses).
 */
export function aboutWhom(clauses: readonly Clause[]): Whose {
  for (const c of clauses) if (c.whose === "SOMEONE_ELSE" && !c.other) return "SOMEONE_ELSE";
  return "RUNNER";
}
