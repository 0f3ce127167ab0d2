import { h } from "./dom.js";
import { foldGrounds, type GroundLine, groundLines } from "./groundWords.js";
import { becauseOf, otherPartNotes, type ReasonsOf } from "./reasonSigns.js";
import type { Trace } from "./traceAnswer.js";
import { bannerHeading, theirsOnly } from "./triageFirst.js";

/**
 * Puts the focus in complaint box `complaint` (0-based) with the characters `start`..`end`
 * of what was sent selected, for the runner to rephrase them.
 */
export type Rephrase = (complaint: number, start: number, end: number) => void;

/** One reason's line: its name, and the runner's words it rests on, marked in their complaint. */
function groundItem(
  line: GroundLine,
  name: string,
  count: number,
  rephrase: Rephrase | null,
  note: string | undefined,
): HTMLElement {
  const { quote, complaint, span } = line;
  const which = complaint !== null && count > 1 ? ` (complaint ${complaint + 1})` : "";
  const said = quote
    ? [
        line.someoneElse ? " — you wrote, of someone else: “" : " — you wrote “",
        quote.before,
        h("mark", {}, quote.words),
        `${quote.after}”${which}`,
      ]
    : [line.answeredYes ? " — you answered yes to it" : " — you gave its id"];
  const stands = line.standsAgainstNo
    ? h(
        "p",
        { class: "stands" },
        "You answered no, but your words say it, so it stands (a warning sign always wins). Not what you meant?",
        rephrase && complaint !== null && span
          ? h(
              "button",
              {
                type: "button",
                class: "rephrase",
                onclick: () => rephrase(complaint, span.start, span.end),
              },
              `Rephrase “${quote?.words ?? ""}”`,
            )
          : null,
      )
    : null;
  return h(
    "li",
    { "data-reason": line.reasonId, class: line.standsAgainstNo ? "against-no" : undefined },
    h("span", { class: "reason" }, name),
    note ? h("span", { class: "other-part" }, ` (${note})`) : null,
    ...said,
    stands,
  );
}

/**
 * The triage banner: how urgent, why, and what to do. Each reason read from the runner's
 * words says which words (marked in their complaint, `symptoms` being the complaints sent):
 * a runner misread knows what to rephrase, and a warning sign that stands against their
 * "no" says so, with a button (`rephrase`) that selects those words in their box. Reasons
 * resting on no words (a condition reached through its symptoms) are named as before. The
 * heading is {@link bannerHeading}'s: with warning signs still unanswered (`signsPending`),
 * self-care is said only with that condition (a sign not yet asked about is not a sign
 * denied), and a trace that only `asked` about conditions (see askedOnly) says it has no
 * triage rather than "not understood", and one with words read but placed nowhere
 * (`readNotPlaced`) says they were read. An URGENT only for another person's signs says the
 * doctor is theirs unless the runner reported a feeling of their own placed nowhere
 * (`unplaced`, the trace's: see theirsOnly). An answer only about another person (`them`,
 * see aboutThem) says so in the heading of any other level but UNKNOWN. With the trace
 * (`of`: its conditions and readings), "because of" names warning signs, never a condition
 * (see becauseOf), and a sign on another body part's list than the rest of the report says
 * so (see otherPartNotes). Self-care advice is folded when `foldAdvice` (see adviceShown).
 */
export function triageBanner(
  t: Trace["triage"],
  signsPending = false,
  symptoms: readonly string[] = [],
  rephrase: Rephrase | null = null,
  asked = false,
  readNotPlaced = false,
  unplaced: readonly { readonly whose: string }[] = [],
  them = false,
  of: ReasonsOf | null = null,
  foldAdvice = false,
): HTMLElement {
  const heading = bannerHeading(
    t.level,
    t.reasons.length,
    signsPending,
    asked,
    theirsOnly(t, unplaced),
    readNotPlaced,
    them,
  );
  const lines = groundLines(t, symptoms);
  const grounded = new Set(lines.map((l) => l.reasonId));
  const plain = of
    ? becauseOf({ ...of, triage: t }, grounded)
    : t.reasons.filter((r) => !grounded.has(r.id)).map((r) => r.name);
  const notes = of ? otherPartNotes({ ...of, triage: t }) : new Map<string, string>();
  const names = sameWordsNamed(lines, new Map(t.reasons.map((r) => [r.id, r.name])), notes);
  // A tall banner would push the disclaimer (and on a phone itself) off the first screen.
  const folds = foldGrounds([...names.keys()]);
  const item = (l: GroundLine) =>
    groundItem(l, names.get(l) ?? "", symptoms.length, rephrase, notes.get(l.reasonId));
  return h(
    "div",
    {
      class: `banner ${t.level.toLowerCase()}`,
      // URGENT is an alert (assertive, read at once); the others are no live region: the
      // status line says their heading once (see heardNews), not twice at every answer.
      role: t.level === "URGENT" ? "alert" : undefined,
      "data-level": t.level,
      // Focused when an answer turns it URGENT (see focusAfterAnswer).
      tabindex: "-1",
      ...(signsPending ? { "data-signs-pending": "true" } : {}),
    },
    h("strong", {}, heading),
    plain.length > 0 ? h("span", { class: "because" }, ` — because of: ${plain.join(", ")}`) : null,
    lines.length > 0
      ? h("ul", { class: "grounds", "aria-label": "What it rests on" }, ...folds.shown.map(item))
      : null,
    folds.folded.length > 0
      ? h(
          "details",
          { class: "more-grounds" },
          h("summary", {}, `${folds.folded.length} more`),
          h("ul", { class: "grounds" }, ...folds.folded.map(item)),
        )
      : null,
    adviceShown(t, foldAdvice),
  );
}

/**
 * One line per stretch of words, named after every reason it grounds: "can't put weight on
 * my heel" is the heel's sudden-pain sign and not bearing weight, one quote, not two lines
 * of the same words (a taller banner would push the disclaimer off a phone's first screen).
 * Lines with no words, words said otherwise (yes, no, someone else's), or a reason with a
 * note of its own (`notes`: on another part's list) stay apart.
 */
function sameWordsNamed(
  lines: readonly GroundLine[],
  reasonNames: ReadonlyMap<string, string>,
  notes: ReadonlyMap<string, string>,
): Map<GroundLine, string> {
  const named = new Map<GroundLine, string>();
  const byWords = new Map<string, GroundLine>();
  for (const l of lines) {
    const name = reasonNames.get(l.reasonId) ?? "";
    const key =
      l.span && l.input !== null && !notes.has(l.reasonId)
        ? `${l.input}\u0000${l.span.start}:${l.span.end}:${l.someoneElse}:${l.answeredYes}:${l.standsAgainstNo}`
        : null;
    const first = key === null ? undefined : byWords.get(key);
    if (first !== undefined) named.set(first, `${named.get(first)}; ${name}`);
    else {
      named.set(l, name);
      if (key !== null) byWords.set(key, l);
    }
  }
  return named;
}

/**
 * The banner's advice. Self-care is folded behind a one-line "more" control when `fold`
 * (the trace view's: warning signs unanswered and a question on screen to answer them):
 * the advice is ten lines on a phone, and above the checklist it would push the signs,
 * which come first, off the first screen (docs/explorer.md: the next question shows
 * without scrolling). Any other advice (a doctor), and self-care with no question left to
 * answer (signs left "not sure" at the end: its last sentence may be the only doctor line),
 * is shown whole.
 */
function adviceShown(t: Trace["triage"], fold: boolean): HTMLElement {
  if (!(fold && t.level === "SELF_CARE")) return h("p", {}, t.advice);
  return h(
    "details",
    { class: "advice-more" },
    h("summary", {}, "What to do meanwhile (more)"),
    h("p", {}, t.advice),
  );
}
