import { LIMITS } from "../graphql/limits.js";
import { h, listOr, show, showError } from "./dom.js";
import { SuggestOperation, TraceOperation } from "./generated/operations.js";
import { gql } from "./graphql.js";
import {
  type Answer,
  type Interview,
  interviewHash,
  newInterview,
  withAnswer,
  withoutLastAnswer,
} from "./interviewState.js";
import type { Structure } from "./legDiagram.js";
import { questionCard } from "./questionCard.js";
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

/** What this page put in the browser's history: an interview, and whether an answer made it. */
interface Entry {
  readonly interview: true;
  readonly answered: boolean;
}
const isAnswerEntry = (state: unknown): boolean =>
  typeof state === "object" && state !== null && (state as Partial<Entry>).answered === true;

/**
 * The trace view: complaints in, triage, conditions, root causes on the leg, plan out.
 * `restored` (from the URL, see interviewHash) is traced at once, with its answers: every
 * trace and answer is a history entry, so Back takes the last answer back, and a reload or
 * a return from a linked page finds the interview where it was.
 */
export function traceView(
  structures: ReadonlyMap<string, Structure>,
  restored: Interview | null = null,
): HTMLElement {
  const list = h("ol", { class: "complaints" });
  // Not a live region: each answer re-renders all of it, far too much to read out.
  // `status` says the short news instead, and the next question gets the focus.
  const results = h("section", {
    class: "results",
    "aria-busy": "false",
    id: "trace-results",
  });
  const status = h("p", { class: "visually-hidden", role: "status", id: "trace-status" });
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
  for (const s of restored?.symptoms ?? [""]) addInput(s);
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
    remember(false);
    run(false);
  });
  /** The runner's complaints and answers so far; each answer re-traces with all of them. */
  let interview: Interview = restored ?? newInterview([]);
  /** Puts the interview in the URL: a new history entry, unless the URL already says it. */
  const remember = (answered: boolean) => {
    const hash = interviewHash(interview);
    const entry: Entry = { interview: true, answered };
    if (hash === location.hash) history.replaceState(entry, "", hash);
    else history.pushState(entry, "", hash);
    pointTraceTab(hash);
  };
  const actions = {
    answer: (a: Answer) => {
      interview = withAnswer(interview, a);
      remember(true);
      run(true);
    },
    undo: () => {
      // The previous entry is this interview one answer back: Back is the same step, and
      // keeps Back and this button from disagreeing. Else (a link opened mid-interview)
      // the answer is taken back in place.
      if (isAnswerEntry(history.state)) return history.back();
      interview = withoutLastAnswer(interview);
      history.replaceState(history.state, "", interviewHash(interview));
      pointTraceTab(interviewHash(interview));
      run(true);
    },
  };
  // Only the latest trace is shown: an earlier one answering late never overwrites it.
  // `midInterview`: the runner is answering, so the focus follows the questions.
  let latest = 0;
  const run = (midInterview: boolean) => {
    const ticket = ++latest;
    results.setAttribute("aria-busy", "true");
    gql(TraceOperation, { symptoms: [...interview.symptoms], evidence: [...interview.evidence] })
      .then(
        ({ trace }) => {
          if (ticket !== latest) return;
          show(
            results,
            ...renderTrace(trace, structures, questionCard(trace, interview, actions), interview),
          );
          const next = results.querySelector<HTMLElement>("section.question h2");
          status.textContent = [
            results.querySelector(".answer-line")?.textContent ?? "",
            next ? `Next question: ${next.textContent}` : "",
          ].join(" ");
          // After an answer the focus goes where the runner reads on: the next question,
          // or the answer itself when none is left (never back to the top of the page).
          if (midInterview) (next ?? results.querySelector<HTMLElement>(".answer-line"))?.focus();
        },
        (err: unknown) => {
          if (ticket !== latest) return;
          showError(results, err);
          // The complaints and answers are kept (in the URL too): the same trace can be
          // sent again as it is, with nothing retyped or re-answered.
          const retry = h(
            "button",
            { type: "button", onclick: () => run(midInterview) },
            "Try again",
          );
          results.querySelector(".error")?.append(retry);
          if (midInterview) retry.focus();
        },
      )
      .finally(() => {
        if (ticket === latest) results.setAttribute("aria-busy", "false");
      });
  };
  pointTraceTab(interviewHash(interview));
  // Back, a reload or "Change my last answer" lands mid-interview: focus on its question.
  if (restored) run(true);
  return h("div", { class: "view" }, h("h1", {}, "Trace your pain"), form, status, results);
}

/**
 * Points the header's Trace tab at the interview (`hash`), so a runner reading a condition's
 * page returns to it by the tab as by Back. A new complaint traced starts a new interview.
 */
function pointTraceTab(hash: string): void {
  document.querySelector('nav.tabs a[href^="#/trace"]')?.setAttribute("href", hash);
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
