import type { TraceQuery } from "./generated/operations.js";

// The triage as traceAnswer.ts names it, without its DOM code (so unit tests can import this).
type Triage = NonNullable<TraceQuery["trace"]>["triage"];
type Ground = Triage["grounds"][number];

/** A complaint's words as the banner quotes them: the words marked, a little of each side. */
export interface Excerpt {
  /** The text before the words ("…" first when it was cut). */
  readonly before: string;
  /** The words a reason rests on, exactly as the runner wrote them. */
  readonly words: string;
  /** The text after the words ("…" last when it was cut). */
  readonly after: string;
}

/**
 * Characters of context kept on each side of the words (whole words only): enough to
 * recognise one's own complaint, short enough that a phone's first screen keeps the banner
 * whole (a complaint runs to the API's 200 characters).
 */
export const EXCERPT_CONTEXT = 24;

/**
 * The part of `input` around its words `start`..`end` (UTF-16 offsets, as the API gives
 * them): the words whole, at most `context` characters each side, cut at a space and
 * marked "…" where cut. Offsets out of range are clamped, so a bad answer never throws.
 */
export function excerpt(
  input: string,
  start: number,
  end: number,
  context = EXCERPT_CONTEXT,
): Excerpt {
  const from = Math.max(0, Math.min(start, input.length));
  const to = Math.max(from, Math.min(end, input.length));
  let before = input.slice(0, from);
  let after = input.slice(to);
  if (before.length > context) {
    const cut = before.slice(-context);
    const space = cut.indexOf(" ");
    before = `…${space >= 0 ? cut.slice(space + 1) : cut}`;
  }
  if (after.length > context) {
    const cut = after.slice(0, context);
    const space = cut.lastIndexOf(" ");
    after = `${space > 0 ? cut.slice(0, space) : cut}…`;
  }
  return { before, words: input.slice(from, to), after };
}

/** One line of the banner: a reason and the runner's words it rests on. */
export interface GroundLine {
  /** The reason (a warning sign, or a condition) it grounds. */
  readonly reasonId: string;
  /** The complaint it was read from (as sent), or null for an answer or an id. */
  readonly input: string | null;
  /** Which complaint box it came from, 0-based, or null when none holds it. */
  readonly complaint: number | null;
  /** The words marked in their complaint, or null for an answer or an id. */
  readonly quote: Excerpt | null;
  /** Offsets of the words in the complaint, to select them for rephrasing; null with no words. */
  readonly span: { readonly start: number; readonly end: number } | null;
  /** The words speak of someone else's body (it raised the triage all the same). */
  readonly someoneElse: boolean;
  /** The runner ticked or answered yes to it. */
  readonly answeredYes: boolean;
  /**
   * The runner answered no, but their words report it: it stands (red flags win), and
   * the words are what to rephrase if they were misread.
   */
  readonly standsAgainstNo: boolean;
}

/**
 * What the banner says each of triage's reasons rests on, in the API's order (see
 * Triage.grounds): the words marked in their complaint (`symptoms`, the complaints sent,
 * finds its box), whose body, and whether a warning sign stands against the runner's "no".
 * A ground of a reason not in `triage.reasons` is dropped (never shown for a reason the
 * banner does not give). Linear in the grounds and complaints.
 */
export function groundLines(triage: Triage, symptoms: readonly string[]): GroundLine[] {
  const reasons = new Set(triage.reasons.map((r) => r.id));
  return triage.grounds
    .filter((g) => reasons.has(g.reason.id))
    .map((g: Ground) => {
      const index = symptoms.indexOf(g.input);
      const words = g.words;
      return {
        reasonId: g.reason.id,
        input: words ? g.input : null,
        complaint: words && index >= 0 ? index : null,
        quote: words ? excerpt(g.input, words.start, words.end) : null,
        span: words ? { start: words.start, end: words.end } : null,
        someoneElse: g.whose === "SOMEONE_ELSE",
        answeredYes: g.answer === true,
        standsAgainstNo: g.answer === false && words !== null,
      };
    });
}

/**
 * The short words a screen reader hears after the banner's heading: the runner's words
 * each reason rests on ("Because of your words “heel is numb”."), empty when none; a
 * warning sign standing against a "no" is said so.
 */
export function groundsHeard(lines: readonly GroundLine[]): string {
  const quoted = [...new Set(lines.flatMap((l) => (l.quote ? [`“${l.quote.words}”`] : [])))];
  if (quoted.length === 0) return "";
  const stands = lines.some((l) => l.standsAgainstNo)
    ? " A warning sign your words report stands though you answered no."
    : "";
  return `Because of your words ${quoted.join(", ")}.${stands}`;
}

/**
 * How many ground lines the banner shows before folding the rest: three keep a phone's
 * banner and the disclaimer on its first screen (each line is two or three lines there).
 */
export const GROUNDS_SHOWN = 3;

/**
 * The ground lines the banner shows at once and those it folds under "more": a warning
 * sign standing against the runner's "no" first (never folded: it is what to rephrase),
 * then the API's order, at most `shown` at once unless more stand against a "no".
 */
export function foldGrounds(
  lines: readonly GroundLine[],
  shown = GROUNDS_SHOWN,
): { shown: GroundLine[]; folded: GroundLine[] } {
  const ordered = [
    ...lines.filter((l) => l.standsAgainstNo),
    ...lines.filter((l) => !l.standsAgainstNo),
  ];
  const count = Math.max(shown, lines.filter((l) => l.standsAgainstNo).length);
  return { shown: ordered.slice(0, count), folded: ordered.slice(count) };
}
