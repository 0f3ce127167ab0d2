import type { Entity } from "../graph/index.js";
import type { TraceMatch } from "./types.js";
import type { GovernedSign } from "./WarningSignRules.js";

/** How far before a match's words the person it is about is looked for, in characters. */
const LOOK_BACK = 40;

/** "my wife's ", "our son’s left ": the runner's own name for the person, right before the words. */
const NAMED_BEFORE = /\b(?:my|our)\s+([a-z]+)['’]s\s+(?:(?:left|right)\s+)?$/i;

/**
 * The person another person's match is about, as the runner named them just before its
 * words ("my wife's heel is numb": "your wife"), or null when the words name no one that
 * way ("her heel", "my flatmate can't put weight on her heel"). Looks at most
 * {@link LOOK_BACK} characters back, so bounded whatever the input.
 */
export function personNamed(m: TraceMatch | undefined): string | null {
  if (m?.words == null) return null;
  const before = m.input.slice(Math.max(0, m.words.start - LOOK_BACK), m.words.start);
  const noun = NAMED_BEFORE.exec(before)?.[1];
  return noun === undefined ? null : `your ${noun.toLowerCase()}`;
}

/** "your wife's" or "someone else's": whose body `m` speaks of, as a possessive. */
export function theirs(m: TraceMatch | undefined): string {
  const who = personNamed(m);
  return who === null ? "someone else's" : `${who}'s`;
}

/** Whether the runner's own words, an id or an answer report `id`. */
export function runnerReports(id: string, matched: readonly TraceMatch[]): boolean {
  return matched.some((m) => m.entity.id === id && m.whose === "RUNNER");
}

/** The entity's name as it reads inside a sentence. */
const named = (e: Entity) => e.name.charAt(0).toLowerCase() + e.name.slice(1);

/** "a", "a and b", "a, b and c". */
function joined(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * The URGENT advice when every urgent sign is another person's (the runner reported none of
 * them): that what was described of them calls for a doctor right away (the list's meaning,
 * in our words), for them and for the runner if the runner has any of it too, and then,
 * beside the runner's own report, the advice for the runner's own complaint (`ownAdvice`:
 * what triage says of the runner's report alone, or of a feeling the runner reported that
 * the articles place nowhere), so another person's sign never moves the runner's own plan.
 * Bounded by the signs' names and the advice given.
 */
export function theirUrgentAdvice(
  urgent: readonly GovernedSign[],
  matched: readonly TraceMatch[],
  ownAdvice: string | null,
): string {
  const first = urgent[0];
  const said = matched.find((m) => m.entity.id === first?.sign.id && m.whose !== "RUNNER");
  // The list's site names the article, not where it was felt ("can't put weight on her foot"
  // is read by the heel's list when no place is said).
  const site = first?.list?.site;
  const article = site === undefined ? "the articles say" : `the ${site} article says`;
  const signs = joined([...new Set(urgent.map((g) => named(g.sign)))]);
  // Never "not yours": the reader may have given the runner's own sign to them ("my
  // friend's heel is numb and so is my heel"), so the runner is told what it means for them.
  const text =
    `What you describe of ${personNamed(said) ?? "someone else"} (${signs}) calls for a doctor ` +
    `right away, as ${article}: they should see one straight away, and so should you if you ` +
    "have any of it yourself.";
  return ownAdvice === null ? text : `${text} For your own complaint: ${ownAdvice}`;
}

/**
 * Advice worded for the runner (an advice entry's answer), said for the other person when
 * the whole answer is about them (`said`: one of their matches): "What you describe is your
 * wife's, so this is for them, and for you too if you have any of it yourself: stop running
 * now ...". Never "not yours": the reader may have given the runner's own words to them.
 */
export function forThem(advice: string, said: TraceMatch | undefined): string {
  const lower = advice.charAt(0).toLowerCase() + advice.slice(1);
  return (
    `What you describe is ${theirs(said)}, so this is for them, and for you too if you have ` +
    `any of it yourself: ${lower}`
  );
}
