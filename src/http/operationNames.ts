/**
 * The operation names clients run: the contract's (shared/contract/operations.graphql),
 * the operations being built (next.graphql) and the command line's. Metrics label
 * requests with one of these or "other", so a client cannot grow the label set by
 * naming its operations (a test keeps this list a superset of the contract's).
 */
export const KNOWN_OPERATIONS: ReadonlySet<string> = new Set([
  "Search",
  "Suggest",
  "Entity",
  "Entities",
  "KineticChain",
  "Trace",
  "Stats",
  "Understand",
  "Interview",
]);

/** The metrics label of an operation: its name when known, "anonymous" when unnamed, else "other". */
export function operationLabel(name: string | null | undefined): string {
  if (name === null || name === undefined) return "anonymous";
  return KNOWN_OPERATIONS.has(name) ? name : "other";
}
