import { h } from "./dom.js";
import { entityLink } from "./entityLink.js";
import type { Interview } from "./interviewState.js";
import type { Trace } from "./traceAnswer.js";

type Absent = Trace["absent"][number];

/**
 * Whether an entity (of a trace: absent, or matched) is a warning sign: a red flag, or on a
 * body part's warning-sign list.
 */
export const isWarningSign = (e: object): boolean =>
  "redFlag" in e && (e.redFlag === true || ("warningSignList" in e && e.warningSignList != null));

/** The ids the runner answered no to, in the interview. */
const answeredNoIds = (interview: Interview): Set<string> =>
  new Set(interview.evidence.filter((e) => !e.present).map((e) => String(e.id)));

/**
 * The warning signs answered no in `interview`, as `t` (its trace) names them: what a link
 * opened from elsewhere must not settle for the runner (see traceView).
 */
export function deniedSigns(t: Trace, interview: Interview): Absent[] {
  const no = answeredNoIds(interview);
  return t.absent.filter((e) => no.has(e.id) && isWarningSign(e));
}

/**
 * What was taken as not there, shown beside "You answered yes to": every finding answered
 * no, each with a "Change" button (`change`, which forgets that answer so it is asked
 * again), warning signs first; then what the words denied ("no numbness"). Empty when none.
 */
export function notThere(t: Trace, interview: Interview, change: (id: string) => void): Node[] {
  const no = answeredNoIds(interview);
  const answered = t.absent
    .filter((e) => no.has(e.id))
    .sort((a, b) => Number(isWarningSign(b)) - Number(isWarningSign(a)));
  const denied = t.absent.filter((e) => !no.has(e.id));
  const out: Node[] = [];
  if (answered.length > 0) {
    // One line each: six answers and their Change buttons run together in a paragraph.
    out.push(
      h(
        "div",
        { class: "answered-no" },
        h("p", {}, "You answered no to: "),
        h(
          "ul",
          {},
          ...answered.map((e) =>
            h(
              "li",
              {},
              entityLink(e),
              isWarningSign(e) ? " (a warning sign)" : "",
              " ",
              h(
                "button",
                {
                  type: "button",
                  class: "change",
                  "data-id": e.id,
                  "aria-label": `Change my answer to ${e.name}`,
                  onclick: (ev: Event) => {
                    (ev.currentTarget as HTMLButtonElement).disabled = true;
                    change(e.id);
                  },
                },
                "Change",
              ),
            ),
          ),
        ),
      ),
    );
  }
  if (denied.length > 0) {
    out.push(
      h(
        "p",
        { class: "denied" },
        "Understood as not there: ",
        ...denied.flatMap((e, i) => [i > 0 ? "; " : "", entityLink(e)]),
      ),
    );
  }
  return out;
}

/**
 * The note shown when a link opened from elsewhere answered no to warning signs (`names`):
 * those answers were set aside, to be answered again by the runner; null when none were.
 */
export function setAsideNote(names: readonly string[]): HTMLElement | null {
  if (names.length === 0) return null;
  return h(
    "p",
    { class: "set-aside", role: "note" },
    h("strong", {}, "Asked again: "),
    `the link you opened answered no to warning signs (${names.join(", ")}). Only you can say whether you have them, so answer them below.`,
  );
}

/**
 * The note shown when `count` answers of a link named nothing the articles know (the
 * service refused them: an old or altered link) and were left out; null when none were.
 */
export function leftOutNote(count: number): HTMLElement | null {
  if (count === 0) return null;
  return h(
    "p",
    { class: "set-aside", role: "note" },
    h("strong", {}, "Left out: "),
    `${count === 1 ? "one answer" : `${count} answers`} in the link you opened named nothing the articles know (an old or altered link). The questions below ask what is still needed.`,
  );
}
