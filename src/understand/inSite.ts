import type { Clause } from "./readClauses.js";

/** Whether token `at` is inside a site phrase of the clause (a few mentions each). */
export function inSite(clause: Clause, at: number): boolean {
  for (const m of clause.mentions)
    if (m.concept.type === "SITE" && m.from <= at && at < m.to) return true;
  return false;
}
