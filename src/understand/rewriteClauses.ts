import type { Clause } from "./readClauses.js";

/**
 * `clauses` with each one `rewrite` returns a new clause for replaced (null keeps it): one
 * pass, and the array is copied only when a clause is replaced, so a complaint no rule
 * touches costs no allocation. Shared by the passes over read clauses (answeredNo,
 * doubleNegated).
 */
export function rewriteClauses(
  clauses: Clause[],
  rewrite: (clause: Clause, at: number) => Clause | null,
): Clause[] {
  let result = clauses;
  for (let i = 0; i < clauses.length; i++) {
    const next = rewrite(clauses[i] as Clause, i);
    if (next === null) continue;
    if (result === clauses) result = [...clauses];
    result[i] = next;
  }
  return result;
}
