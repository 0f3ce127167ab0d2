import { LIMITS } from "../graphql/limits.js";

/**
 * How many suggestions the complaint box shows: the API's default count, as before it
 * asked for more to filter (said once, in LIMITS.suggestLimit).
 */
export const COMPLAINT_SUGGESTIONS = LIMITS.suggestLimit.default;

/**
 * How many the complaint box asks the service for: the API's most (LIMITS.suggestLimit.max),
 * since only symptoms are kept and a prefix's first completions are often conditions.
 */
export const SUGGESTIONS_ASKED = LIMITS.suggestLimit.max;

/**
 * The completions a complaint box offers, of the service's `items` (in its order): only
 * symptoms, what a runner feels ("ankle hurts"), never a condition ("Ankle sprain"), a
 * treatment ("plantar fascia stretch") or advice, which are what search is for, and which
 * traced as a complaint read as a diagnosis the runner never gave; each text once, at most
 * `max` (default {@link COMPLAINT_SUGGESTIONS}).
 */
export function complaintSuggestions(
  items: readonly { readonly text: string; readonly entity: { readonly kind: string } }[],
  max = COMPLAINT_SUGGESTIONS,
): string[] {
  const texts = items.filter((s) => s.entity.kind === "SYMPTOM").map((s) => s.text);
  return [...new Set(texts)].slice(0, Math.max(0, max));
}
