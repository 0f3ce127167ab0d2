import type { KnowledgeBase } from "../knowledge/index.js";
import { badUserInput, checkText } from "./errors.js";
import { LIMITS } from "./limits.js";

/** A `ComplaintInput` as GraphQL gives it: exactly one of `id` and `text` is set. */
export interface ComplaintArg {
  readonly id?: string | null;
  readonly text?: string | null;
}

/** Kinds a complaint's `id` may name: what a trace reads by id. */
const COMPLAINT_KINDS: ReadonlySet<string> = new Set([
  "SYMPTOM",
  "CAUSE",
  "CONDITION",
  "MECHANISM",
]);

/**
 * A trace's inputs in the order the tracer reads them: the `symptoms` strings, then each
 * complaint's id or text. Unchecked: the cost model reads it before the resolver checks.
 */
export function traceInputs(
  symptoms: readonly string[] | null | undefined,
  complaints: readonly ComplaintArg[] | null | undefined,
): string[] {
  return [...(symptoms ?? []), ...(complaints ?? []).map((c) => c.id ?? c.text ?? "")];
}

/**
 * Checks a trace's inputs and returns them as {@link traceInputs} does: 1..20 in all
 * (`LIMITS.traceSymptoms`), each string 1..200 characters, each complaint exactly one of
 * `id` and `text` (the `@oneOf` rule, checked here because graphql-jit coerces variables
 * without it), and each `id` that of a symptom, cause, condition or mechanism: a client
 * that says "this is an id" gets an error for an unknown one, where a string would be
 * listed as unmatched.
 */
export function checkTraceInputs(
  kb: KnowledgeBase,
  symptoms: readonly string[] | null | undefined,
  complaints: readonly ComplaintArg[] | null | undefined,
): string[] {
  const { min, max } = LIMITS.traceSymptoms;
  const count = (symptoms?.length ?? 0) + (complaints?.length ?? 0);
  if (count < min || count > max) {
    throw badUserInput(
      "symptoms",
      `${count} inputs given in symptoms and complaints together: allowed ${min}..${max}`,
    );
  }
  for (const [i, s] of (symptoms ?? []).entries()) {
    checkText(`symptoms[${i}]`, s, LIMITS.traceInputLength);
  }
  for (const [i, c] of (complaints ?? []).entries()) {
    const set = [c.id, c.text].filter((v) => v != null).length;
    if (set !== 1) {
      throw badUserInput(
        `complaints[${i}]`,
        `sets ${set} of id and text: give exactly one (ComplaintInput is @oneOf)`,
      );
    }
    if (c.text != null) checkText(`complaints[${i}].text`, c.text, LIMITS.traceInputLength);
    if (c.id != null) {
      const kind = kb.entity(c.id)?.kind;
      if (kind === undefined || !COMPLAINT_KINDS.has(kind)) {
        throw badUserInput(
          `complaints[${i}].id`,
          `"${c.id.slice(0, 100)}" is not the id of a symptom, cause, condition or mechanism: find one with search or suggest, or send the words as text`,
        );
      }
    }
  }
  return traceInputs(symptoms, complaints);
}
