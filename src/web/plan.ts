import { h } from "./dom.js";
import { entityLink } from "./entityLink.js";
import { PHASE_WORDS } from "./phaseWords.js";
import type { Trace } from "./traceAnswer.js";

/** How many treatments of a phase show before the rest fold away. */
const SHOWN_PER_PHASE = 3;

/** What the page says when the plan is empty, by triage: never self-care when nothing was understood. */
const NO_PLAN: Record<string, string> = {
  UNKNOWN:
    "No plan: nothing you reported was understood. Say more about where it hurts, how it feels and when.",
  URGENT: "No plan from the articles for this: see a doctor right away, as the banner above says.",
  SEE_DOCTOR: "No plan from the articles for this: see a doctor, as the banner above says.",
};

/** The plan by phase: the first few of each shown, the rest folded; an empty plan said in words. */
export function plan(t: Trace): HTMLElement[] {
  if (t.treatments.length === 0) {
    const words = NO_PLAN[t.triage.level] ?? "No treatment in the articles fits what you reported.";
    return [h("p", { class: "no-plan" }, words)];
  }
  return Object.entries(PHASE_WORDS).flatMap(([phase, words]) => {
    const items = t.treatments.filter((p) => p.treatment.phase === phase);
    if (items.length === 0) return [];
    const shown = items.slice(0, SHOWN_PER_PHASE);
    const rest = items.slice(SHOWN_PER_PHASE);
    return [
      h(
        "section",
        { class: `phase ${phase.toLowerCase()}`, "data-phase": phase },
        h("h3", {}, words),
        h("ul", {}, ...shown.map(planItem)),
        rest.length > 0
          ? h(
              "details",
              { class: "more-plan" },
              h("summary", {}, `${rest.length} more`),
              h("ul", {}, ...rest.map(planItem)),
            )
          : null,
      ),
    ];
  });
}

function planItem(p: Trace["treatments"][number]): HTMLElement {
  const { treatment } = p;
  return h(
    "li",
    {},
    entityLink(treatment),
    treatment.dosage ? h("span", { class: "dosage" }, ` — ${treatment.dosage}`) : null,
    h("div", { class: "addresses" }, `For: ${p.addresses.map((a) => a.name).join(", ")}`),
  );
}
