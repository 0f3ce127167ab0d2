import { h } from "./dom.js";
import type { EvidenceInput } from "./generated/operations.js";
import type { Trace } from "./traceAnswer.js";

/** What the runner said and answered so far; the service keeps nothing, so all is resent. */
export interface Interview {
  symptoms: string[];
  evidence: EvidenceInput[];
  /** Questions answered "not sure": not asked again, and not sent. */
  skipped: Set<string>;
}

/**
 * The next question as a card: the question, why it is asked and its source, with yes /
 * no / not sure buttons. Yes and no add an answer and re-trace (`retrace`); not sure moves
 * on to the next question without one. Null when nothing is left to ask.
 */
export function questionCard(
  t: Trace,
  interview: Interview,
  retrace: () => void,
): HTMLElement | null {
  const q = t.questions.find((x) => !interview.skipped.has(x.about.id));
  const answered = interview.evidence.length;
  if (!q) {
    return answered === 0
      ? null
      : h("p", { class: "question done" }, `No more questions: ${answered} answered.`);
  }
  const answer = (present: boolean | null) => () => {
    if (present === null) interview.skipped.add(q.about.id);
    else interview.evidence.push({ id: q.about.id, present });
    retrace();
  };
  const source = q.sources.map((s) => `${s.title} § ${s.section}`).join("; ");
  return h(
    "section",
    {
      class: `question ${q.reason.toLowerCase()}`,
      "aria-label": "Next question",
      "data-about": q.about.id,
    },
    h("h2", { tabindex: "-1" }, q.text),
    h("p", { class: "why" }, q.why),
    h(
      "div",
      { class: "answers" },
      h("button", { type: "button", class: "primary", onclick: answer(true) }, "Yes"),
      h("button", { type: "button", onclick: answer(false) }, "No"),
      h("button", { type: "button", onclick: answer(null) }, "Not sure"),
    ),
    h("p", { class: "source" }, `Source: ${source}`),
    answered > 0 ? h("p", { class: "answered" }, `${answered} answered so far.`) : null,
  );
}
