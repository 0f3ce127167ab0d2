import type { TriageLevel } from "./generated/operations.js";

/**
 * The head of a trace's answer, the parts a runner must see first: the one-line answer
 * (`line`), the triage `banner`, the short not-medical-advice line (`disclaimer`), the
 * complaints left out as not understood (`unmatched`), a note set before the question
 * (`lead`) and the next `question`.
 */
export type HeadPart = "line" | "banner" | "disclaimer" | "unmatched" | "lead" | "question";

/**
 * The order of the answer's head for a triage `level`: URGENT puts its banner first, above
 * the one-line answer (a red flag is read before any "most likely"), and the disclaimer
 * right under it (a banner with the words it rests on is tall: the line would push the
 * disclaimer off a phone's first screen); every other level leads with the one line, the
 * banner and the disclaimer after it, so a phone shows it on the first screen with the
 * triage, not only at the foot of a long page; then what was left out as not understood,
 * before any question.
 */
export function headOrder(level: TriageLevel): readonly HeadPart[] {
  return level === "URGENT"
    ? ["banner", "disclaimer", "line", "unmatched", "lead", "question"]
    : ["line", "banner", "disclaimer", "unmatched", "lead", "question"];
}

/** Where the focus goes after an answer is traced: see {@link focusAfterAnswer}. */
export type FocusTarget = "banner" | "question" | "line";

/** How strongly a level sends the runner to a doctor: URGENT over SEE_DOCTOR over the rest. */
const DOCTOR: Readonly<Record<TriageLevel, number>> = {
  URGENT: 2,
  SEE_DOCTOR: 1,
  SELF_CARE: 0,
  UNKNOWN: 0,
};

/**
 * Where the focus (and so the scroll) goes after an answer was traced: to the banner when
 * the answer sent the runner to a doctor, or more urgently (`previous`, the level shown
 * before, was lower: a ticked warning sign is the news, and on a phone the next question
 * would scroll it away), else to the next question when there is one (`asking`), else to
 * the one-line answer.
 */
export function focusAfterAnswer(
  previous: TriageLevel | null,
  now: TriageLevel,
  asking: boolean,
): FocusTarget {
  if (DOCTOR[now] > (previous === null ? 0 : DOCTOR[previous])) return "banner";
  return asking ? "question" : "line";
}

/**
 * Whether the banner of the last trace shown (`level`) stays on screen when the next trace
 * fails (the network drops, the service errs): a doctor's advice is never wiped by an
 * error, so URGENT and SEE_DOCTOR stay; the others go with the answer they belonged to.
 */
export function keptOnError(level: TriageLevel | null): boolean {
  return level === "URGENT" || level === "SEE_DOCTOR";
}

/** Whose body something read speaks of. */
interface Read {
  readonly whose: string;
}

/** Whether the runner reported a feeling the articles place nowhere (Trace.unplaced). */
const runnerFelt = (unplaced: readonly Read[]) => unplaced.some((u) => u.whose === "RUNNER");

/**
 * Whether the triage is URGENT only for another person's warning signs: every ground of its
 * reasons speaks of someone else's body (the runner reported none of them), and the runner
 * reported no feeling of their own placed nowhere (`unplaced`, the trace's: "my wife's heel is
 * numb and my knee is swollen", the knee the runner's to have looked at). The page then says
 * the doctor is theirs, never the runner's own "see a doctor right away".
 */
export function theirsOnly(
  t: { readonly level: TriageLevel; readonly grounds: readonly Read[] },
  unplaced: readonly Read[] = [],
): boolean {
  return (
    t.level === "URGENT" &&
    t.grounds.length > 0 &&
    t.grounds.every((g) => g.whose === "SOMEONE_ELSE") &&
    !runnerFelt(unplaced)
  );
}

/**
 * Whether the whole answer is about another person's body ("my wife's heel is numb"): every
 * reading is theirs, and the runner reported no feeling of their own placed nowhere, so the
 * questions and answers are about them too (the service answers for the body described).
 */
export function aboutThem(t: {
  readonly matched: readonly Read[];
  readonly unplaced: readonly Read[];
}): boolean {
  return (
    t.matched.length > 0 &&
    t.matched.every((m) => m.whose === "SOMEONE_ELSE") &&
    !runnerFelt(t.unplaced)
  );
}

/**
 * What the next-question card says when the triage is already URGENT (null otherwise):
 * the questions go on, but no answer can take the doctor back (said as that, not as what
 * the questions are for: the next card may be more warning signs, which tell no
 * conditions apart). When the urgent signs are
 * only another person's (`theirs`), the doctor is theirs, and the questions are the runner's,
 * or theirs when the whole answer is about them (`them`, see aboutThem).
 */
export function urgentCardNote(level: TriageLevel, theirs = false, them = false): string | null {
  if (level !== "URGENT") return null;
  if (!theirs)
    return "Whatever you answer, see a doctor right away: no answer here takes that back.";
  return them
    ? "Whatever you answer, the person you described should see a doctor right away: answer these for them."
    : "Whatever you answer, the person you described should see a doctor right away: these questions are about you.";
}

/**
 * Whether a trace ranks conditions that nothing the runner said reports as their own: the
 * triage is UNKNOWN (no complaint) while conditions are ranked, as for a question ("what
 * causes runner's ankle?"). The page then says what was asked about, never "most likely"
 * or a fit: a question is not a diagnosis.
 */
export function askedOnly(t: {
  readonly triage: { readonly level: TriageLevel };
  readonly conditions: readonly unknown[];
}): boolean {
  return t.triage.level === "UNKNOWN" && t.conditions.length > 0;
}

/**
 * The triage banner's heading for `level`. SELF_CARE with `reasons` (warning signs whose
 * list says to stop running and rest, as the ankle article's) says so first: "Self-care
 * first" beside those signs would read as self-care because of them. With warning signs
 * still unanswered (`signsPending`), self-care is said only with that condition. A trace
 * that only `asked` about conditions says it has no triage rather than "not understood". An
 * URGENT only for another person's signs (`theirs`, see theirsOnly) says the doctor is theirs.
 * UNKNOWN with words read but placed nowhere (`readNotPlaced`: "my shins hurt") says they were
 * read, so the lines under it ("it names a part", "read but not placed") do not contradict it.
 * SEE_DOCTOR and SELF_CARE for an answer only about another person (`them`, see aboutThem:
 * "my son's ankle is swollen") say whom it is for first, as the advice under it does.
 */
export function bannerHeading(
  level: TriageLevel,
  reasons: number,
  signsPending: boolean,
  asked: boolean,
  theirs = false,
  readNotPlaced = false,
  them = false,
): string {
  const heading = ownHeading(level, reasons, signsPending, asked, theirs, readNotPlaced);
  if (!them || level === "URGENT" || level === "UNKNOWN") return heading;
  return `For the person you described: ${heading.charAt(0).toLowerCase()}${heading.slice(1)}`;
}

/** The heading of {@link bannerHeading}, before whom it is for. */
function ownHeading(
  level: TriageLevel,
  reasons: number,
  signsPending: boolean,
  asked: boolean,
  theirs: boolean,
  readNotPlaced: boolean,
): string {
  if (level === "URGENT")
    return theirs
      ? "Someone else's warning sign: they should see a doctor right away, and so should you if you have any of it yourself"
      : "See a doctor right away";
  if (level === "SEE_DOCTOR") return "See a doctor about this";
  if (level === "UNKNOWN")
    return asked
      ? "No triage yet: nothing you wrote says what you feel"
      : readNotPlaced
        ? "Read, but nothing in the articles fits it"
        : "Not understood";
  const first = reasons > 0 ? "Stop running and rest" : "Self-care first";
  if (!signsPending) return first;
  return reasons > 0
    ? `${first}, and check the warning signs below`
    : `${first}, unless a warning sign below applies`;
}

/** What the status line is made of: see {@link heardNews}. */
export interface News {
  readonly level: TriageLevel;
  /** The banner's heading (see bannerHeading). */
  readonly heading: string;
  /** The words the triage rests on, as heard (see groundsHeard); "" when none. */
  readonly grounds: string;
  /** The one-line answer. */
  readonly line: string;
  /** A note on the interview ("The link's warning-sign answers are asked again."), or "". */
  readonly note: string;
  /** The next question's text, or "" when none is left. */
  readonly next: string;
}

/**
 * The status line a screen reader hears after each trace, in the order the screen shows
 * the parts (see headOrder): URGENT's heading first, else the one line, then the banner's
 * heading; the words it rests on, a note, the next question. It is the one live region of
 * the answer: the banners other than a new URGENT one (an alert, assertive) are not live
 * regions, so each news is announced once, never twice or at every re-render.
 */
export function heardNews(n: News): string {
  const heading = n.heading === "" ? "" : `${n.heading}.`;
  const head = n.level === "URGENT" ? [heading, n.grounds, n.line] : [n.line, heading, n.grounds];
  return [...head, n.note, n.next ? `Next question: ${n.next}` : ""]
    .filter((part) => part !== "")
    .join(" ");
}

/**
 * What a screen reader hears of what the trace weighed nowhere (see traceRender's lines):
 * the complaints left out (`unmatched`; not when nothing at all was understood, `alone`:
 * the banner's "Not understood" says it) and the words read but placed nowhere (`unplaced`),
 * quoted, so a runner who never reaches those lines hears them with the news; "" if none.
 */
export function notWeighedHeard(
  unmatched: readonly string[],
  unplaced: readonly string[],
  alone: boolean,
): string {
  const quote = (words: readonly string[]) => words.map((w) => `“${w}”`).join(", ");
  return [
    unmatched.length > 0 && !alone ? `Left out, not understood: ${quote(unmatched)}.` : "",
    unplaced.length > 0 ? `Read but not placed: ${quote(unplaced)}.` : "",
  ]
    .filter((part) => part !== "")
    .join(" ");
}

/**
 * A checklist's question (the service asks "Do you have any of these along with your ankle
 * pain?") for an answer only about another person (see aboutThem): not "you", which asks
 * the runner about the wrong body, but neutral, "Any of these along with the ankle pain?";
 * a question worded otherwise becomes "Any of these?".
 */
export function checklistForThem(text: string): string {
  const asked = /^Do you have (any of these\b.*)$/i.exec(text.trim());
  if (!asked?.[1]) return "Any of these?";
  const rest = asked[1].replace(/\byour\b/gi, "the").replace(/\byou\b/gi, "they");
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}
