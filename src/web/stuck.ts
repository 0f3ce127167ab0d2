import { LIMITS } from "../graphql/limits.js";
import { h } from "./dom.js";
import { COVERED_SITES, SITE_EXAMPLES } from "./examples.js";
import { interviewHash, newInterview } from "./interviewState.js";

/** What the warning signs' place says while they are looked up (see laterParts.fillWarningSigns). */
export const SIGNS_PENDING = "Looking up the articles' warning signs…";

/**
 * For a runner none of whose words were understood: the `hint` (the part they named, with
 * what the articles cover: see siteHint; null when no complaint was left out), the parts
 * the articles cover, each with a complaint about it traced at a click (a history entry:
 * Back returns to what was typed) together with what the runner `typed`, so the interview
 * of the part they pick starts with their own words ("numb and tingly" beside "my heel
 * hurts" is the heel's red flag), and under them the articles' warning signs as plain
 * text (a place filled in when the service gives them, see laterParts: a sign named but
 * not placed, "it's gone numb", is asked about nowhere, but the runner reads what it means).
 */
export function stuck(hint: Node | null, typed: readonly string[]): HTMLElement {
  // The example first (their words may take its site), then as many of theirs as the API takes.
  const theirs = typed.slice(0, LIMITS.traceSymptoms.max - 1);
  return h(
    "section",
    { class: "stuck", "aria-label": "Where to start" },
    hint ? h("p", { class: "site-hint" }, hint) : null,
    h(
      "p",
      {},
      typed.length > 0
        ? "Where does it hurt? Start from one of these (what you typed goes with it), or say it your way:"
        : "Where does it hurt? Start from one of these, or say it your way:",
    ),
    h(
      "ul",
      { class: "sites" },
      ...COVERED_SITES.map(({ siteId, name }) => {
        const example = SITE_EXAMPLES[siteId] ?? "";
        return h(
          "li",
          {},
          h("strong", {}, `${name}: `),
          h("a", { href: interviewHash(newInterview([example, ...theirs])) }, example),
        );
      }),
    ),
    // Under the parts: filled in later, it moves nothing the runner is reading.
    h("div", { class: "warning-signs", "data-pending": "true" }, SIGNS_PENDING),
  );
}
