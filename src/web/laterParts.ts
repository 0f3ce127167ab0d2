import { h } from "./dom.js";
import type { NamedSite } from "./examples.js";
import { sitesNamed } from "./sitesNamed.js";
import { SIGNS_PENDING } from "./stuck.js";
import type { Trace } from "./traceAnswer.js";
import { SITE_PENDING, siteHint } from "./traceRender.js";
import { loadWarningSigns, type WarningSignList } from "./warningSigns.js";

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

/**
 * The articles' warning-sign lists `answer` shows (see loadWarningSigns), started: when
 * nothing was understood (UNKNOWN, no condition), the only view that lists them; null
 * otherwise.
 */
export function signsLookupOf(answer: Trace): Promise<readonly WarningSignList[] | null> | null {
  const alone = answer.triage.level === "UNKNOWN" && answer.conditions.length === 0;
  return alone ? loadWarningSigns() : null;
}

/**
 * Puts the warning-sign `lists` in place of {@link SIGNS_PENDING}, as plain text (not a
 * question: nothing was placed, so nothing is asked), each with what it means and where the
 * article says so; says they could not be loaded when `lists` is null.
 */
export function fillWarningSigns(
  results: HTMLElement,
  lists: readonly WarningSignList[] | null,
): void {
  const place = results.querySelector<HTMLElement>(".warning-signs[data-pending]");
  if (!place || place.textContent !== SIGNS_PENDING) return;
  place.removeAttribute("data-pending");
  if (lists === null) {
    place.textContent = "The articles' warning signs could not be loaded just now.";
    return;
  }
  place.replaceChildren(
    h("p", {}, "Whatever it is and wherever it is, the articles' warning signs:"),
    h(
      "ul",
      {},
      ...lists.map((l) =>
        h(
          "li",
          {},
          h("strong", {}, l.meaning),
          ` if you have any of these: ${l.signs.join("; ")} (${l.source.title}, “${l.source.section}”).`,
        ),
      ),
    ),
  );
}
