import { LIMITS } from "../graphql/limits.js";
import { h, listOr, show, showError } from "./dom.js";
import { SuggestOperation, TraceOperation } from "./generated/operations.js";
import { gql } from "./graphql.js";
import type { Structure } from "./legDiagram.js";
import { type Interview, newInterview, questionCard } from "./questionCard.js";
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

/** The trace view: complaints in, triage, conditions, root causes on the leg, plan out. */
export function traceView(structures: ReadonlyMap<string, Structure>): HTMLElement {
  const list = h("ol", { class: "complaints" });
  const results = h("section", {
    class: "results",
    "aria-live": "polite",
    "aria-busy": "false",
    id: "trace-results",
  });
  const datalist = h("datalist", { id: "complaint-suggestions" });
  let count = 0;
  const addInput = (value = "") => {
    count++;
    const input = h("input", {
      type: "text",
      name: "complaint",
      list: "complaint-suggestions",
      autocomplete: "off",
      maxlength: LIMITS.traceInputLength,
      value,
      "aria-label": `Complaint ${count}`,
      placeholder: count === 1 ? "e.g. stabbing pain under my heel" : "another complaint",
    });
    const cut = h("p", { class: "cut", id: `complaint-${count}-cut`, role: "status" });
    input.setAttribute("aria-describedby", cut.id);
    input.addEventListener("beforeinput", (e) => {
      const room = LIMITS.traceInputLength - input.value.length + selectedLength(input);
      if (incomingLength(e) > room) {
        cut.textContent = `${input.getAttribute("aria-label")} keeps ${LIMITS.traceInputLength} characters at most, so the rest was cut: put it in another complaint.`;
      }
    });
    input.addEventListener("input", () => {
      if (input.value.length < LIMITS.traceInputLength) cut.textContent = "";
      suggest(input.value, datalist);
    });
    list.append(h("li", {}, input, cut));
    return input;
  };
  addInput();
  const form = h(
    "form",
    { class: "trace-form", "aria-label": "Trace my pain" },
    h("p", {}, "Say what you feel, one complaint per line, in your own words."),
    list,
    datalist,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", onclick: () => addInput().focus() }, "Add another complaint"),
      h("button", { type: "submit", class: "primary" }, "Trace"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const symptoms = [...list.querySelectorAll("input")]
      .map((i) => i.value.trim())
      .filter((v) => v.length > 0);
    if (symptoms.length === 0)
      return show(
        results,
        h("p", { class: "error", role: "alert" }, "Type at least one complaint first."),
      );
    interview = newInterview(symptoms);
    run(false);
  });
  /** The runner's complaints and answers so far; each answer re-traces with all of them. */
  let interview: Interview = newInterview([]);
  // Only the latest trace is shown: an earlier one answering late never overwrites it.
  let latest = 0;
  const run = (answered: boolean) => {
    const ticket = ++latest;
    results.setAttribute("aria-busy", "true");
    gql(TraceOperation, { symptoms: interview.symptoms, evidence: [...interview.evidence] })
      .then(
        ({ trace }) => {
          if (ticket !== latest) return;
          show(
            results,
            ...renderTrace(
              trace,
              structures,
              questionCard(trace, interview, () => run(true)),
              interview,
            ),
          );
          if (answered) results.querySelector<HTMLElement>(".question h2")?.focus();
        },
        (err: unknown) => {
          if (ticket === latest) showError(results, err);
        },
      )
      .finally(() => {
        if (ticket === latest) results.setAttribute("aria-busy", "false");
      });
  };
  return h("div", { class: "view" }, h("h1", {}, "Trace your pain"), form, results);
}

/** How many characters an edit would insert: typed, pasted or dropped text. */
function incomingLength(e: InputEvent): number {
  return (e.data ?? e.dataTransfer?.getData("text/plain") ?? "").length;
}

/** How many characters of the field are selected (an insertion replaces them). */
function selectedLength(input: HTMLInputElement): number {
  return (input.selectionEnd ?? 0) - (input.selectionStart ?? 0);
}

let pending = 0;
function suggest(prefix: string, datalist: HTMLDataListElement) {
  if (prefix.trim().length < 2) return;
  const ticket = ++pending;
  gql(SuggestOperation, { prefix: prefix.slice(0, LIMITS.prefixLength) }).then(
    ({ suggest: items }) => {
      if (ticket === pending) show(datalist, ...items.map((s) => h("option", { value: s.text })));
    },
    () => undefined,
  );
}

function renderTrace(
  t: Trace,
  structures: ReadonlyMap<string, Structure>,
  question: HTMLElement | null,
  interview: Interview,
): Node[] {
  // A sign still unanswered, whether not yet asked or answered "not sure", is not a sign
  // denied: the service lists every unanswered sign in a checklist until it is answered.
  const signsPending = t.questions.some((q) => (q.checklist?.options.length ?? 0) > 0);
  const asking = question?.matches("section.question") ?? false;
  const out: Node[] = [oneLine(t, signsPending, asking), triageBanner(t.triage, signsPending)];
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
