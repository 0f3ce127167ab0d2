import type { NamedSite } from "./examples.js";
import { sitesNamed } from "./sitesNamed.js";
import type { Trace } from "./traceAnswer.js";
import { SITE_PENDING, siteHint } from "./traceRender.js";

/**
 * The part of an answer that waits on a lookup (see withinLookup): the answer is shown at
 * once, the hint about the part named in the complaints left out held by a placeholder,
 * and filled in when its lookup settles. Only the hint's words change: the banner, the one
 * line and what the runner already reads stay where they are (no flash, no focus lost).
 */

/**
 * The lookup `answer` needs, started: the part named in the complaints left out (see
 * sitesNamed), when some were; null when none were. It is bounded (withinLookup): a stall
 * gives undefined, and the hint then says both ways.
 */
export function siteLookupOf(answer: Trace): Promise<NamedSite | null | undefined> | null {
  return answer.unmatched.length > 0 ? sitesNamed(answer.unmatched) : null;
}

/** The attribute on the results while a lookup is still to fill something in. */
export const LOOKUPS_ATTR = "data-lookups";

/** Puts the hint's words for the part named (`site`, see siteHint) in place of {@link SITE_PENDING}. */
export function fillSite(results: HTMLElement, t: Trace, site: NamedSite | null | undefined): void {
  const words = results.querySelector<HTMLElement>(".hint-words[data-pending]");
  if (!words || words.textContent !== SITE_PENDING) return;
  words.textContent = siteHint(t, site);
  words.removeAttribute("data-pending");
}
