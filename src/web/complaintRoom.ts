import { LIMITS } from "../graphql/limits.js";

/** The most complaint boxes the form offers: the API's bound on a trace's inputs (20). */
export const MAX_COMPLAINTS = LIMITS.traceSymptoms.max;

/**
 * What the form says of the bound with `count` boxes: whether another can be added, and
 * the note under the buttons, said before the runner meets the API's error (from the last
 * few boxes on, and when none is left).
 */
export function complaintRoom(count: number): { readonly canAdd: boolean; readonly note: string } {
  const left = MAX_COMPLAINTS - count;
  if (left <= 0) {
    return {
      canAdd: false,
      note: `That is ${MAX_COMPLAINTS} complaints, the most one trace takes: put more in a box you have, or trace the rest after.`,
    };
  }
  return {
    canAdd: true,
    note: left <= 3 ? `Room for ${left} more (${MAX_COMPLAINTS} complaints at most).` : "",
  };
}
