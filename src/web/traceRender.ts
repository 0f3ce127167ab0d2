import { h, listOr } from "./dom.js";
import type { Interview } from "./interviewState.js";
import type { Structure } from "./legDiagram.js";
import {
  conditionItem,
  oneLine,
  plan,
  rootCauses,
  type Trace,
  triageBanner,
} from "./traceAnswer.js";

const link = (e: { id: string; name: string }) =>
  h("a", { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name);

/** What the trace view adds to a trace's answer. */
export interface Notes {
  /** Shown above the question (a link's warning-sign answers set aside), or null. */
  readonly lead: Node | null;
  /** What was taken as not there, shown after the "yes" answers. */
  readonly notThere: readonly Node[];
}

/**
 * A trace's answer as the trace view shows it: the one line, the triage banner, `notes.lead`,
 * the next `question`, what was understood and answered (yes, then `notes.notThere`), what
 * was not understood, the conditions, root causes on the leg, the plan and the disclaimer.
 */
export function renderTrace(
  t: Trace,
  structures: ReadonlyMap<string, Structure>,
  question: HTMLElement | null,
  interview: Interview,
  notes: Notes,
): Node[] {
  // A sign still unanswered, whether not yet asked or answered "not sure", is not a sign
  // denied: the service lists every unanswered sign in a checklist until it is answered.
  const signsPending = t.questions.some((q) => (q.checklist?.options.length ?? 0) > 0);
  const asking = question?.matches("section.question") ?? false;
  const out: Node[] = [oneLine(t, signsPending, asking), triageBanner(t.triage, signsPending)];
  if (notes.lead) out.push(notes.lead);
  if (question) out.push(question);
  const answers = new Set(interview.evidence.map((e) => e.id));
  const read = t.matched.filter((m) => !answers.has(m.input));
  if (read.length > 0) {
    out.push(
      h(
        "p",
        { class: "understood" },
        "Understood: ",
        // The words each reading rests on, so two readings of one complaint say which is which.
        ...read.flatMap((m, i) => [
          i > 0 ? "; " : "",
          `“${m.words?.text ?? m.input}” → `,
          link(m.entity),
          // Another person's warning sign beside the runner's report: it raised the triage
          // but is not the runner's (it ranks none of their conditions).
          m.whose === "SOMEONE_ELSE" ? " (someone else's)" : "",
        ]),
      ),
    );
  }
  const yes = t.matched.filter((m) => answers.has(m.input));
  if (yes.length > 0) {
    out.push(
      h(
        "p",
        { class: "answered-yes" },
        "You answered yes to: ",
        ...yes.flatMap((m, i) => [i > 0 ? "; " : "", link(m.entity)]),
      ),
    );
  }
  out.push(...notes.notThere);
  if (t.unmatched.length > 0) {
    out.push(
      h(
        "p",
        { class: "unmatched" },
        `Not understood (nothing in the articles matches well enough): ${t.unmatched.map((u) => `“${u}”`).join(", ")}`,
      ),
    );
  }
  out.push(
    h("h2", {}, "What fits"),
    listOr(t.conditions, "No condition fits what you reported.", "conditions", conditionItem),
    h("h2", {}, "Where it starts"),
    rootCauses(t, structures),
    h("h2", {}, "What to do"),
    ...plan(t),
    h("p", { class: "disclaimer" }, t.disclaimer),
  );
  return out;
}
