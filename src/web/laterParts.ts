import { h } from "./dom.js";
import type { NamedSite } from "./examples.js";
import type { Interview } from "./interviewState.js";
import { sitesNamed } from "./sitesNamed.js";
import { oneLine, type Trace } from "./traceAnswer.js";
import { SITE_PENDING, signsPendingIn, siteHint } from "./traceRender.js";
import {
  asksUrgentSigns,
  knownUrgentSigns,
  loadUrgentSigns,
  type UrgentSign,
  unknownChecklist,
} from "./urgentSigns.js";
import { withinLookup } from "./withinLookup.js";

/**
 * The parts of an answer that wait on a lookup (see withinLookup): the answer is shown at
 * once, each such part held by a placeholder of its size, and filled in when its lookup
 * settles. Only the part itself changes: the banner, the one line and what the runner
 * already reads stay where they are (no flash of another banner, no focus lost).
 */

/** A trace's answer as shown at once, and the lookups that add to it (null: none needed). */
export interface Lookups {
  /** The answer to show now: with the urgent signs' checklist when this page has them already. */
  readonly trace: Trace;
  /** The answer with the urgent signs' checklist, when they had to be loaded (see withinLookup). */
  readonly signs: Promise<Trace> | null;
  /** The part named in the complaints left out (see sitesNamed), when some were. */
  readonly site: Promise<NamedSite | null | undefined> | null;
}

/**
 * The lookups `answer` needs, started: the urgent warning signs when nothing was
 * understood (see asksUrgentSigns; loaded once a page, so a later trace has them at once),
 * as a checklist not yet answered in `interview` (see unknownChecklist); the part named in
 * the complaints left out. Each is bounded (withinLookup): a stall gives none.
 */
export function lookupsOf(answer: Trace, interview: Interview): Lookups {
  const withSigns = (signs: readonly UrgentSign[]): Trace => {
    const asked = unknownChecklist(answer, signs, interview);
    return asked ? { ...answer, questions: [asked] } : answer;
  };
  const known = asksUrgentSigns(answer) ? knownUrgentSigns() : [];
  return {
    trace: withSigns(known ?? []),
    signs: known === null ? withinLookup(loadUrgentSigns, []).then(withSigns) : null,
    site: answer.unmatched.length > 0 ? sitesNamed(answer.unmatched) : null,
  };
}

/** What the placeholder of the urgent warning signs' checklist says while they load. */
export const QUESTION_PENDING = "Getting the warning signs to check…";

/** The attribute on the results while a lookup is still to fill something in. */
export const LOOKUPS_ATTR = "data-lookups";

/**
 * Where the checklist of urgent warning signs will be, while they load: as tall as a short
 * card (app.css), so the sections under it move little when it arrives; busy to a screen
 * reader. Not a `section.question`: nothing can be answered in it yet.
 */
export function pendingQuestion(): HTMLElement {
  return h(
    "section",
    { class: "question-pending", "aria-label": "Next question", "aria-busy": "true" },
    h("p", { class: "busy" }, QUESTION_PENDING),
  );
}

/**
 * Puts the question that arrived (`card`, of `t`: the trace with the checklist, or without
 * one when the lookup gave none; null: no card) where its placeholder is, and the one line
 * and the banner's "signs pending" mark as they are for `t`. Returns the new one line. A
 * one line that had the focus hands it on to the new one; nothing else moves.
 */
export function fillQuestion(
  results: HTMLElement,
  t: Trace,
  card: HTMLElement | null,
): HTMLElement | null {
  const placeholder = results.querySelector(".question-pending");
  if (!placeholder) return null;
  if (card) placeholder.replaceWith(card);
  else placeholder.remove();
  const old = results.querySelector<HTMLElement>(".answer-line");
  const line = oneLine(t, signsPendingIn(t), card?.matches("section.question") ?? false);
  if (old) {
    const focused = document.activeElement === old;
    old.replaceWith(line);
    if (focused) line.focus({ preventScroll: true });
  }
  results.querySelector(".banner")?.toggleAttribute("data-signs-pending", signsPendingIn(t));
  return line;
}

/** Puts the hint's words for the part named (`site`, see siteHint) in place of {@link SITE_PENDING}. */
export function fillSite(results: HTMLElement, t: Trace, site: NamedSite | null | undefined): void {
  const words = results.querySelector<HTMLElement>(".hint-words[data-pending]");
  if (!words || words.textContent !== SITE_PENDING) return;
  words.textContent = siteHint(t, site);
  words.removeAttribute("data-pending");
}
