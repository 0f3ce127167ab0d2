import { h } from "./dom.js";
import type { EvidenceInput } from "./generated/operations.js";
import type { Answer, Interview } from "./interviewState.js";
import type { Trace } from "./traceAnswer.js";
import { aboutThem, checklistForThem, theirsOnly, urgentCardNote } from "./triageFirst.js";

type Question = Trace["questions"][number];
type Checklist = NonNullable<Question["checklist"]>;

/** What the card does with the runner's answers. */
export interface CardActions {
  /** Takes one answer (the card answers once, then its controls are disabled). */
  readonly answer: (a: Answer) => void;
  /** Takes the last answer back, to answer that question again. */
  readonly undo: () => void;
}

/** The options of a checklist still open: not answered "not sure". */
const open = (c: Checklist, interview: Interview) =>
  c.options.filter((o) => !interview.skipped.has(o.id));

/**
 * The next question as a card: the question, why it is asked and its source. A yes-or-no
 * question has yes / no / not sure buttons. A checklist (a body part's warning signs) has
 * one tick per sign and three buttons: "Done" answers every tick (ticked yes, unticked no),
 * and is disabled until a sign is ticked (an empty Done is not a considered "none");
 * "None of these" answers all no and is disabled while a sign is ticked, so a tick is
 * never dropped; "Not sure" sends the ticked signs as yes and leaves the unticked ones
 * unanswered (a warning sign is never taken as absent on a guess), listing them with what a
 * yes would mean. Every answer goes to `actions.answer`; a card answers once (its controls
 * are disabled at the first answer). Once something was answered, "Change my last answer"
 * takes the last answer back (`actions.undo`), so a slip is never final. When the triage
 * is URGENT, a line under the question says a doctor comes first whatever the answer
 * (urgentCardNote). Null when nothing is left to ask and nothing was answered.
 */
export function questionCard(
  t: Trace,
  interview: Interview,
  actions: CardActions,
): HTMLElement | null {
  const q = t.questions.find((x) =>
    x.checklist ? open(x.checklist, interview).length > 0 : !interview.skipped.has(x.about.id),
  );
  const unsure = unsureNote(t, interview);
  const undo =
    interview.answers.length > 0
      ? h(
          "button",
          {
            type: "button",
            class: "undo",
            onclick: (e: Event) => {
              // Like an answer, taking one back is done once, and the card's answers with it.
              const card = (e.currentTarget as HTMLElement).closest(".question");
              for (const c of card?.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
                "button, input",
              ) ?? []) {
                c.disabled = true;
              }
              actions.undo();
            },
          },
          "Change my last answer",
        )
      : null;
  if (!q) {
    if (interview.answers.length === 0 && unsure === null) return null;
    return h(
      "div",
      { class: "question done" },
      h("p", { class: "done-why" }, doneWords(t, interview.asked)),
      unsure,
      undo,
    );
  }
  // A card answers once: a double click would send its answers twice, which the API
  // refuses (each id once), and leave every later answer refused too.
  let answered = false;
  const answer = (evidence: EvidenceInput[], skip: string[]) => {
    if (answered) return;
    answered = true;
    for (const control of card.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
      "button, input",
    )) {
      control.disabled = true;
    }
    actions.answer({ evidence, skip });
  };
  const source = q.sources.map((s) => `${s.title} § ${s.section}`).join("; ");
  // Under the question and why it is asked, before the answers: the doctor comes first.
  const them = aboutThem(t);
  const urgent = urgentCardNote(t.triage.level, theirsOnly(t.triage, t.unplaced), them);
  // The service asks "Do you have ...?": about another person only, the answers are theirs.
  const forThem =
    them && urgent === null
      ? h("p", { class: "for-them" }, "Answer these for the person you described, not for you.")
      : null;
  const asked = q.checklist ? checklist(q.checklist, interview, answer, them) : yesNo(q, answer);
  const kind = q.checklist ? "checklist" : "yes-no";
  const card = h(
    "section",
    {
      class: `question ${q.reason.toLowerCase()} ${kind}`,
      "aria-label": "Next question",
      "data-about": q.about.id,
    },
    ...asked.slice(0, 2),
    urgent ? h("p", { class: "urgent-note" }, urgent) : forThem,
    ...asked.slice(2),
    h("p", { class: "source" }, `Source: ${source}`),
    unsure,
    interview.asked > 0
      ? h("p", { class: "answered" }, `${interview.asked} answered so far.`)
      : null,
    undo,
  );
  return card;
}

/**
 * Why the interview ended, when the service asks nothing more (its questions are empty once
 * no warning sign is left and the answer is clear, or nothing the articles hold would tell
 * the conditions left apart): said so, not a bare "no more questions", which after one
 * checklist reads as the interview cut short. `asked`: the questions answered (a
 * checklist is one).
 */
export function doneWords(t: Pick<Trace, "conditions">, asked: number): string {
  const count = `${asked} ${asked === 1 ? "question" : "questions"} answered`;
  if (t.conditions.length === 0) {
    return `No more questions (${count}): the articles have nothing more to ask about this.`;
  }
  return `No more questions (${count}): no question left in the articles would change this answer much. What fits and what to do are below.`;
}

type Reply = (evidence: EvidenceInput[], skip: string[]) => void;

function yesNo(q: Question, answer: Reply): HTMLElement[] {
  const id = q.about.id;
  return [
    h("h2", { tabindex: "-1" }, q.text),
    h("p", { class: "why" }, q.why),
    h(
      "div",
      { class: "answers" },
      h(
        "button",
        { type: "button", class: "primary", onclick: () => answer([{ id, present: true }], []) },
        "Yes",
      ),
      h("button", { type: "button", onclick: () => answer([{ id, present: false }], []) }, "No"),
      h("button", { type: "button", onclick: () => answer([], [id]) }, "Not sure"),
    ),
  ];
}

/**
 * The checklist's ticks and buttons; about another person only (`them`), its question and
 * legend speak of them, not "you" (see checklistForThem).
 */
function checklist(
  c: Checklist,
  interview: Interview,
  answer: Reply,
  them: boolean,
): HTMLElement[] {
  const options = open(c, interview);
  const boxes = options.map((o) =>
    h("input", { type: "checkbox", value: o.id, name: "sign", onchange: () => sync() }),
  );
  const ticked = () => new Set(boxes.filter((b) => b.checked).map((b) => b.value));
  const none = h(
    "button",
    {
      type: "button",
      onclick: () =>
        answer(
          options.map((o) => ({ id: o.id, present: false })),
          [],
        ),
    },
    "None of these",
  );
  // "Done" with nothing ticked would answer no to every sign unread: "None of these" says
  // that, so Done waits for a tick.
  const doneButton = h("button", { type: "button", class: "primary", disabled: true }, "Done");
  const sync = () => {
    none.disabled = ticked().size > 0;
    doneButton.disabled = ticked().size === 0;
  };
  const done = () => {
    const yes = ticked();
    answer(
      options.map((o) => ({ id: o.id, present: yes.has(o.id) })),
      [],
    );
  };
  doneButton.addEventListener("click", done);
  const unsure = () => {
    const yes = ticked();
    answer(
      options.filter((o) => yes.has(o.id)).map((o) => ({ id: o.id, present: true })),
      options.filter((o) => !yes.has(o.id)).map((o) => o.id),
    );
  };
  return [
    h("h2", { tabindex: "-1" }, them ? checklistForThem(c.text) : c.text),
    h("p", { class: "why" }, c.why),
    h(
      "fieldset",
      { class: "ticks" },
      h("legend", {}, them ? "Tick each one they have" : "Tick each one you have"),
      ...options.map((o, i) => h("label", {}, boxes[i] ?? "", ` ${o.name}`)),
    ),
    h(
      "div",
      { class: "answers" },
      doneButton,
      none,
      h("button", { type: "button", onclick: unsure }, "Not sure"),
    ),
  ];
}

/** The warning signs answered "not sure", with what a yes to any of them would mean; null when none. */
function unsureNote(t: Trace, interview: Interview): HTMLElement | null {
  const lists = t.questions.filter((q) => q.checklist !== null);
  const left = lists.flatMap((q) =>
    (q.checklist?.options ?? []).filter((o) => interview.skipped.has(o.id)),
  );
  if (left.length === 0) return null;
  return h(
    "p",
    { class: "unsure", role: "note" },
    h("strong", {}, "Warning signs you were not sure about: "),
    `${left.map((o) => o.name).join(", ")}. ${lists[0]?.checklist?.why ?? ""}`,
  );
}
