/**
 * What the explorer offers a runner who is stuck: what the articles cover, and complaints
 * and searches to start from. Language only (no medical claim): each complaint is one the
 * reader understands (tests/web/examples.test.ts traces each over the real graph).
 */

/** What the four articles cover, for a runner whose words matched nothing. */
export const COVERAGE =
  "This explorer knows only four articles on running pain: the heel, the ankle, the Achilles tendon and the foot, and what drives that pain from higher up the leg (calves, knee, hips). It knows nothing about other body parts.";

/** Complaints a runner can trace at a click when nothing they typed was understood. */
export const COMPLAINT_EXAMPLES: readonly string[] = [
  "my heel hurts",
  "stabbing pain under my heel in the morning",
  "my ankle hurts when I run",
  "my Achilles is sore after runs",
  "pain on the inside of my knee",
];

/** Searches a runner can start from an empty search box, or after one that found nothing. */
export const SEARCH_EXAMPLES: readonly string[] = [
  "heel pain in the morning",
  "tight calves",
  "Achilles",
  "ankle sprain",
];

/** A part the articles cover: the words that name it, and a complaint about it the reader understands. */
export interface PartExample {
  /** The part as a sentence names it ("your heel"). */
  readonly part: string;
  /** Words naming it in a complaint (whole words, any case). */
  readonly words: RegExp;
  /** A complaint about it that is understood (tests/web/examples.test.ts traces each). */
  readonly example: string;
}

/** The parts the four articles cover, in COVERAGE's order. Language only: names, no claim. */
export const PART_EXAMPLES: readonly PartExample[] = [
  { part: "heel", words: /\bheels?\b/i, example: "my heel hurts" },
  { part: "ankle", words: /\bankles?\b/i, example: "my ankle hurts when I run" },
  { part: "Achilles", words: /\bachill/i, example: "my Achilles is sore after runs" },
  {
    part: "foot",
    words: /\b(?:foot|feet|arch|arches|soles?)\b/i,
    example: "pain in the arch of my foot",
  },
  { part: "calves", words: /\bcal(?:f|ves)\b/i, example: "my calves are tight" },
  { part: "knee", words: /\bknees?\b/i, example: "pain on the inside of my knee" },
  { part: "hips", words: /\bhips?\b/i, example: "tight hips when running" },
];

/** The line of the advice given when nothing was understood (UNKNOWN): no claim, a doctor if severe. */
export const IF_SEVERE = "see a doctor if it is severe";

/**
 * What to tell a runner about complaints left out as not understood (`unmatched`): when one
 * names a part the articles cover, to say how it feels and when, with a complaint about that
 * part that is understood; when none does, that the articles cover no other body part (not
 * worth rephrasing). Either way it ends with {@link IF_SEVERE}, as the advice of a trace
 * not understood at all does: a complaint left out beside an understood one is triaged by
 * nothing. Empty when nothing was left out.
 */
export function leftOutHint(unmatched: readonly string[]): string {
  if (unmatched.length === 0) return "";
  const named = PART_EXAMPLES.find((p) => unmatched.some((u) => p.words.test(u)));
  if (named) {
    return `You named your ${named.part}: say how it feels and when, as in “${named.example}”, and ${IF_SEVERE}.`;
  }
  return `${unmatched.length > 1 ? "They name" : "It names"} no part the articles cover (the heel, ankle, Achilles tendon and foot, and the calves, knee and hips above them): if it is about another part of the body, these articles cannot help. Whatever it is, ${IF_SEVERE}.`;
}
