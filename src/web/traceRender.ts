import { isWarningSign } from "./answeredNo.js";
import { h, listOr } from "./dom.js";
import { entityLink } from "./entityLink.js";
import { IF_SEVERE, leftOutHint, type NamedSite, severeSentence } from "./examples.js";
import type { Interview } from "./interviewState.js";
import type { Structure } from "./legDiagram.js";
import { plan } from "./plan.js";
import { stuck } from "./stuck.js";
import { conditionItem, oneLine, rootCauses, type Trace } from "./traceAnswer.js";
import { type Rephrase, triageBanner } from "./triageBanner.js";
import { aboutThem, askedOnly, type HeadPart, headOrder } from "./triageFirst.js";

/** What the trace view adds to a trace's answer. */
export interface Notes {
  /** Shown above the question: notes on a link's answers set aside or left out. */
  readonly lead: readonly Node[];
  /** What was taken as not there, shown after the "yes" answers. */
  readonly notThere: readonly Node[];
  /** Selects a reason's words in their complaint box, to rephrase them (see triageBanner). */
  readonly rephrase?: Rephrase;
  /** The site the reader named in the complaints left out (see sitesNamed; undefined: not known). */
  readonly site?: NamedSite | null;
  /**
   * Whether that site is still being looked up (default false): the hint then says so in a
   * `.hint-words` span, which {@link siteHint}'s words replace when it arrives.
   */
  readonly sitePending?: boolean;
}

/** What the hint says while the part named is looked up (see Notes.sitePending). */
export const SITE_PENDING = "Looking up which part you named…";

/**
 * Whether `t` asks warning signs not yet answered: a checklist with options left (one
 * answered "not sure" stays listed, so stays unanswered: never a sign denied).
 */
export function signsPendingIn(t: Trace): boolean {
  return t.questions.some((q) => (q.checklist?.options.length ?? 0) > 0);
}

/**
 * A trace's answer as the trace view shows it. First its head, in {@link headOrder}'s order
 * (URGENT: the banner above the one line): the one line, the triage banner, the
 * disclaimer, what was left out as not understood, `notes.lead` and the next `question`.
 * Then what was understood and answered (yes, then `notes.notThere`), and the conditions,
 * root causes on the leg and the plan; when nothing was understood (UNKNOWN, no
 * condition), instead of empty sections and of any question, once, in the head under the
 * disclaimer: the part named and what the articles cover, and the parts covered to start
 * from at a click (see stuck; the banner says "not understood" and its advice; no "left
 * out" or "read but not placed" line or empty plan says it again).
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
  const signsPending = signsPendingIn(t);
  // The card with "No more questions" asks nothing: the line points only at a question.
  const asking = question?.matches("section.question") ?? false;
  // Nothing understood at all: the banner says so, once (see notWeighedNotes and stuck);
  // no question is asked of a complaint nothing of which was placed (no heel interview
  // for "headache"): the runner picks the part, and its interview starts there.
  const alone = t.triage.level === "UNKNOWN" && t.conditions.length === 0;
  const head: Record<HeadPart, Node | readonly Node[] | null> = {
    line: oneLine(t, signsPending, asking),
    banner: severeFirst(
      triageBanner(
        t.triage,
        signsPending,
        interview.symptoms,
        notes.rephrase ?? null,
        askedOnly(t),
        t.unplaced.length > 0,
        t.unplaced,
        aboutThem(t),
        t,
        // Folded only while a question on screen can answer the signs (see adviceShown).
        signsPending && asking,
      ),
      t,
    ),
    disclaimer: h("p", { class: "disclaimer" }, t.disclaimer),
    // Up here, not under the question: what was not weighed must not pass for weighed.
    unmatched: notWeighedNotes(t, notes, alone, interview.symptoms),
    lead: notes.lead,
    question,
  };
  const out: Node[] = headOrder(t.triage.level).flatMap((part) => head[part] ?? []);
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
          // In words: an arrow is a symbol to decode (and missing from some fonts).
          `“${m.words?.text ?? m.input}” read as `,
          entityLink(m.entity),
          // Another person's warning sign beside the runner's report: it raised the triage
          // but is not the runner's (it ranks none of their conditions). The runner's own
          // warning signs are marked, so a sign reported is seen as one.
          m.whose === "SOMEONE_ELSE"
            ? " (someone else's)"
            : isWarningSign(m.entity)
              ? " (a warning sign)"
              : "",
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
        ...yes.flatMap((m, i) => [i > 0 ? "; " : "", entityLink(m.entity)]),
      ),
    );
  }
  out.push(...notes.notThere);
  if (alone) return out;
  // Asked about, not reported: the conditions named, without a fit to the runner.
  const asked = askedOnly(t);
  out.push(
    h("h2", {}, asked ? "What you asked about" : "What fits"),
    asked
      ? h(
          "ul",
          { class: "conditions asked" },
          ...t.conditions.map((c) => h("li", {}, entityLink(c.condition))),
        )
      : listOr(t.conditions, "No condition fits what you reported.", "conditions", conditionItem),
    h("h2", {}, "Where it starts"),
    rootCauses(t, structures),
    h("h2", {}, asked ? "What the articles advise for it" : "What to do"),
    ...plan(t),
  );
  return out;
}

/**
 * The complaints left out as not understood, but for those whose words were read and placed
 * nowhere (`unplaced`: "my knee is swollen"): they were read, and are said as such, so a
 * complaint a banner may rest on is never also called "not understood".
 */
export function notUnderstood(t: Trace): string[] {
  return t.unmatched.filter((u) => !t.unplaced.some((p) => p.input === u));
}

/** The words read but placed nowhere, each once (see notWeighedNotes). */
export function unplacedWords(t: Trace): string[] {
  return [...new Set(t.unplaced.map((u) => u.words.text))];
}

/**
 * What the trace weighed nowhere, each a line: the complaints left out as not understood
 * with what to say of the part they name (siteHint, of `given.site`, or that it is looked
 * up while `given.sitePending`), and what it read but placed nowhere (`unplaced`: "numb"
 * moved with a correction to the ankle), so neither passes for a complaint a condition
 * rests on. When nothing at all was understood (`alone`) no "left out" line and only
 * another person's words read but not placed (the banner says "not understood", or that
 * the runner's words were read and nothing fits), then where to start (see stuck).
 */
function notWeighedNotes(t: Trace, given: Notes, alone: boolean, typed: readonly string[]): Node[] {
  const notes: Node[] = [];
  const doctor = t.triage.level === "URGENT" || t.triage.level === "SEE_DOCTOR";
  // The hint's words alone are replaced when the part named arrives (see siteHint).
  const hint = () =>
    h(
      "span",
      given.sitePending ? { class: "hint-words", "data-pending": "true" } : { class: "hint-words" },
      given.sitePending ? SITE_PENDING : siteHint(t, given.site),
    );
  if (notUnderstood(t).length > 0 && !alone) {
    const out = notUnderstood(t);
    notes.push(
      h(
        "p",
        { class: "unmatched" },
        h("strong", {}, "Left out, not understood: "),
        `${out.map((u) => `“${u}”`).join(", ")} (nothing in the articles matches well enough). `,
        hint(),
      ),
    );
  }
  const words = unplacedWords(t);
  // Another person's words are theirs: said so, and the doctor if severe is theirs too.
  const theirs = new Set(t.unplaced.filter((u) => u.whose !== "RUNNER").map((u) => u.words.text));
  // When nothing else was understood the runner's own words read but placed nowhere are
  // the banner's heading already ("Read, but nothing in the articles fits it"): not said
  // again; another person's are, as theirs.
  if (words.length > 0 && (!alone || theirs.size > 0)) {
    const all = words.every((w) => theirs.has(w));
    const quoted = words.map(
      (w) => `“${w}”${theirs.has(w) && !all ? " (about someone else)" : ""}`,
    );
    notes.push(
      h(
        "p",
        { class: "unplaced" },
        h(
          "strong",
          {},
          all ? "Read but not placed, about someone else: " : "Read but not placed: ",
        ),
        `${quoted.join(", ")} (the articles say nothing of it where you said it, so no condition here rests on it).${doctor ? "" : all ? " Whatever it is, they should see a doctor if it is severe." : alone ? "" : ` Whatever it is, ${IF_SEVERE}.`}`,
      ),
    );
  }
  // How to say it and where to start, on a phone's first screen.
  if (alone) notes.push(stuck(t.unmatched.length > 0 ? hint() : null, typed));
  return notes;
}

/**
 * What to say of the complaints `t` left out, given the part named in them (`site`, see
 * sitesNamed; undefined: not known): leftOutHint's words, all of them when nothing else
 * was understood, and with no softer "if it is severe" beside a doctor on the banner (red
 * flags win). Empty when nothing was left out.
 */
export function siteHint(t: Trace, site: NamedSite | null | undefined): string {
  const alone = t.triage.level === "UNKNOWN" && t.conditions.length === 0;
  const doctor = t.triage.level === "URGENT" || t.triage.level === "SEE_DOCTOR";
  const felt = runnerReadNotPlaced(t);
  if (alone) return leftOutHint(t.unmatched.length, site, true, false, felt);
  return leftOutHint(notUnderstood(t).length, site, false, doctor, felt);
}

/** Whether the runner's own words were read but placed nowhere (Trace.unplaced, theirs). */
export const runnerReadNotPlaced = (t: Pick<Trace, "unplaced">): boolean =>
  t.unplaced.some((u) => u.whose === "RUNNER");

/**
 * The banner `banner` of `t` with the disclaimer's sentence on severe or sudden pain set
 * under its heading, in bold, when the runner's own words were read but placed nowhere
 * ("felt a snap in my achilles", "my knee is swollen") and the triage sends them to no
 * doctor: what nothing in the articles fits may be what matters most.
 */
function severeFirst(banner: HTMLElement, t: Trace): HTMLElement {
  const doctor = t.triage.level === "URGENT" || t.triage.level === "SEE_DOCTOR";
  const sentence = severeSentence(t.disclaimer);
  if (doctor || sentence === null || !runnerReadNotPlaced(t)) return banner;
  banner
    .querySelector(":scope > strong")
    ?.after(h("p", { class: "severe" }, h("strong", {}, sentence)));
  return banner;
}
