import { deniedSigns, leftOutNote, notThere, setAsideNote } from "./answeredNo.js";
import { complaintInput } from "./complaintInput.js";
import { complaintRoom, MAX_COMPLAINTS } from "./complaintRoom.js";
import { h, show, showError } from "./dom.js";
import { TraceOperation } from "./generated/operations.js";
import { gql, refusedAnswers } from "./graphql.js";
import {
  type Answer,
  type Interview,
  interviewHash,
  newInterview,
  withAnswer,
  withoutFindings,
  withoutLastAnswer,
} from "./interviewState.js";
import {
  fillSite,
  fillWarningSigns,
  LOOKUPS_ATTR,
  signsLookupOf,
  siteLookupOf,
} from "./laterParts.js";
import type { Structure } from "./legDiagram.js";
import { headInView, inView, working } from "./onScreen.js";
import { questionCard } from "./questionCard.js";
import type { Trace } from "./traceAnswer.js";
import { type Entry, isAnswerEntry, isEntry, pointTraceTab } from "./traceHistory.js";
import { traceNews } from "./traceNews.js";
import { renderTrace } from "./traceRender.js";
import { focusAfterAnswer, keptOnError } from "./triageFirst.js";

/**
 * The trace view: complaints in, triage, conditions, root causes on the leg, plan out.
 * `restored` (from the URL, see interviewHash) is traced at once, with its answers: every
 * trace and answer is a history entry, so Back takes the last answer back, and a reload or
 * a return from a linked page finds the interview where it was. An interview this tab did
 * not make (a link opened from elsewhere: no history.state) is not taken on trust where it
 * matters: its "no" answers to warning signs are set aside, said so, and asked again.
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
  const add = h("button", { type: "button" }, "Add another complaint");
  const room = h("p", { class: "room", id: "complaint-room", role: "status" });
  add.setAttribute("aria-describedby", room.id);
  // The API's bound on complaints is said as the last boxes are added, and the button
  // stops at it: the runner never types a 21st complaint to meet an error.
  const addInput = (value = "") => {
    const { item, input } = complaintInput(++count, value, datalist);
    list.append(item);
    const { canAdd, note } = complaintRoom(count);
    add.toggleAttribute("disabled", !canAdd);
    room.textContent = note;
    return input;
  };
  add.addEventListener("click", () => addInput().focus());
  for (const s of restored?.symptoms ?? [""]) addInput(s);
  const form = h(
    "form",
    { class: "trace-form", "aria-label": "Trace my pain" },
    // What the reader understands best, said before the first try, not only after a miss.
    h(
      "p",
      {},
      `Say in your own words where it hurts, how it feels and when (“stabbing pain under my heel in the morning”). One complaint per box, up to ${MAX_COMPLAINTS}: “Add another complaint” for the next.`,
    ),
    list,
    datalist,
    h("div", { class: "actions" }, add, h("button", { type: "submit", class: "primary" }, "Trace")),
    room,
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
    setAside = [];
    leftOut = 0;
    // A new interview: the banner on screen was another one's (not kept on an error).
    shown = null;
    remember(false);
    run(false);
  });
  /** The runner's complaints and answers so far; each answer re-traces with all of them. */
  let interview: Interview = restored ?? newInterview([]);
  /** Whether the interview came from a link this tab did not make, not yet checked. */
  let fromLink = restored !== null && !isEntry(history.state);
  /** The warning signs such a link answered no to, set aside (named in a note). */
  let setAside: string[] = [];
  /** How many of the link's answers the service refused as naming nothing (left out). */
  let leftOut = 0;
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
      setAside = [];
      leftOut = 0;
      remember(true);
      run(true);
    },
    /** Forgets the answer to one finding, so it is asked again (not a step Back takes back). */
    change: (id: string) => {
      interview = withoutFindings(interview, new Set([id]));
      setAside = [];
      remember(false);
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
  /** The triage level on screen (null before the first answer), to see a new URGENT. */
  let shown: Trace["triage"]["level"] | null = null;
  /**
   * Shows `trace` with `question` (a card, a placeholder, or null) and says its news; the
   * focus goes where the runner reads on (see focusAfterAnswer). `sitePending`: the part
   * named in the complaints left out is still looked up.
   */
  const paint = (
    trace: Trace,
    question: HTMLElement | null,
    sitePending: boolean,
    midInterview: boolean,
  ) => {
    show(
      results,
      ...renderTrace(trace, structures, question, interview, {
        lead: [setAsideNote(setAside), leftOutNote(leftOut)].filter((n) => n !== null),
        notThere: notThere(trace, interview, actions.change),
        rephrase,
        sitePending,
      }),
    );
    const next = results.querySelector<HTMLElement>("section.question h2");
    const banner = results.querySelector<HTMLElement>(".banner");
    // An URGENT banner is read out whole (an alert) when it is news; one that stays
    // URGENT through the next answers is heard in the status line's few words, not
    // read whole again at every answer.
    if (trace.triage.level === "URGENT" && shown === "URGENT") banner?.removeAttribute("role");
    status.textContent = traceNews(trace, results, interview, setAside.length > 0);
    // After an answer the focus goes where the runner reads on: a banner just turned
    // URGENT, else the next question, or the answer itself when none is left (never
    // back to the top of the page). A new trace keeps the focus on its button.
    const target = focusAfterAnswer(shown, trace.triage.level, next !== null);
    shown = trace.triage.level;
    if (midInterview || target === "banner") {
      const to = {
        banner,
        question: next,
        line: results.querySelector<HTMLElement>(".answer-line"),
      };
      to[target]?.focus({ preventScroll: target === "banner" });
      if (target === "banner" && banner && !inView(banner)) {
        banner.scrollIntoView({ block: "start" });
      }
    } else if (!headInView(results)) results.scrollIntoView({ block: "start" });
  };
  const run = (midInterview: boolean) => {
    const ticket = ++latest;
    results.removeAttribute(LOOKUPS_ATTR);
    results.setAttribute("aria-busy", "true");
    working(results, status);
    const traced = gql(TraceOperation, {
      symptoms: [...interview.symptoms],
      evidence: [...interview.evidence],
    });
    // The answer is shown as soon as it comes; the lookup that only adds to it (the part
    // named in complaints left out) fills in its words when it settles (see laterParts).
    traced
      .then(
        ({ trace: answer }) => {
          if (ticket !== latest) return;
          if (fromLink) {
            fromLink = false;
            const signs = deniedSigns(answer, interview);
            if (signs.length > 0) {
              setAside = signs.map((e) => e.name);
              interview = withoutFindings(interview, new Set(signs.map((e) => e.id)));
              const entry: Entry = { interview: true, answered: false };
              history.replaceState(entry, "", interviewHash(interview));
              pointTraceTab(interviewHash(interview));
              return run(midInterview);
            }
          }
          const site = siteLookupOf(answer);
          const signs = signsLookupOf(answer);
          paint(answer, questionCard(answer, interview, actions), site !== null, midInterview);
          if (site || signs) {
            results.setAttribute(LOOKUPS_ATTR, "pending");
            void Promise.all([
              site?.then((named) => ticket === latest && fillSite(results, answer, named)),
              signs?.then((lists) => ticket === latest && fillWarningSigns(results, lists)),
            ]).then(() => {
              if (ticket === latest) results.removeAttribute(LOOKUPS_ATTR);
            });
          }
        },
        (err: unknown) => {
          if (ticket !== latest) return;
          // A link whose answers name what the graph does not have (an old or altered link)
          // would fail at every try: those answers are left out, said so, and it goes on.
          const refused = refusedAnswers(err, interview.evidence);
          if (refused.length > 0) {
            leftOut += refused.length;
            interview = withoutFindings(interview, new Set(refused));
            history.replaceState(history.state, "", interviewHash(interview));
            pointTraceTab(interviewHash(interview));
            return run(midInterview);
          }
          // A doctor's advice on screen stays above the error: an error never wipes it.
          const kept = keptOnError(shown) ? results.querySelector(".banner") : null;
          showError(results, err);
          if (kept) results.prepend(kept);
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
  /** Selects a reason's words in the box the complaint was sent from, to rephrase them. */
  const rephrase = (complaint: number, start: number, end: number) => {
    const sent = interview.symptoms[complaint] ?? "";
    const box = [...list.querySelectorAll("input")].find((i) => i.value.trim() === sent);
    if (!box) return list.querySelector("input")?.focus();
    const lead = box.value.indexOf(sent);
    box.focus();
    box.setSelectionRange(lead + start, lead + end);
  };
  pointTraceTab(interviewHash(interview));
  // Back, a reload or "Change my last answer" lands mid-interview: focus on its question.
  if (restored) run(true);
  return h("div", { class: "view" }, h("h1", {}, "Trace your pain"), form, status, results);
}
