import type { Entity } from "../graph/index.js";
import { personNamed } from "./theirSigns.js";
import type { TraceMatch, TriageGround, UnplacedFinding } from "./types.js";

/** The entity's name as it reads inside a sentence ("limping or altered gait"). */
const named = (e: Entity) => e.name.charAt(0).toLowerCase() + e.name.slice(1);

/**
 * The sentence of a ground: the words and what they were read as, and, when the runner
 * answered no to a sign their words report, that it stands (red flags win) and what to
 * rephrase; for an answer or an id, that it came so. Bounded by the words (at most the
 * input) and the entity's name.
 */
function explanation(m: TraceMatch, answer: boolean | null, asked: boolean): string {
  const what = named(m.entity);
  if (asked)
    return (
      `You asked about ${what}: nothing you reported points to it, but the articles send it ` +
      "to a doctor, and only a doctor can rule it out."
    );
  if (m.words === null) {
    if (answer === true) return `You answered yes to ${what}.`;
    const stands = answer === false ? ", so it stands though you answered no" : "";
    return `It was given by its id, ${m.entity.id} (${what})${stands}.`;
  }
  const said = `Your words "${m.words.text}"`;
  const who = personNamed(m);
  // Never "not you": the reader may have given the runner's own words to someone else.
  const whose =
    m.whose === "RUNNER"
      ? ""
      : `, about someone else${who === null ? "" : ` (${who})`}, and about you too if you have it yourself`;
  if (answer === false)
    return (
      `${said} report ${what}${whose}, so it stands though you answered no (warning signs ` +
      "always win): if that is not what you meant, rephrase those words."
    );
  if (answer === true) return `${said} report ${what}${whose}, and you answered yes to it.`;
  return `${said} report ${what}${whose}: if that is not what you meant, rephrase those words.`;
}

/**
 * What each reason rests on: for each of `reasons`, in order, the matches that report it
 * (its match in `matched`, the runner's and another person's both), with the runner's
 * answer to it from `answers` (a no that left a warning sign standing; only on the runner's
 * own matches, since the answer is about the runner's body). A reason no match
 * reports (a condition reached through its symptoms) has none. A condition in `asked` (only
 * asked about) is grounded as asked, never as reported. At most one ground per match;
 * linear in the matches and reasons.
 */
export function triageGrounds(
  reasons: readonly Entity[],
  matched: readonly TraceMatch[],
  answers: ReadonlyMap<string, boolean>,
  asked: ReadonlySet<string> = new Set(),
): TriageGround[] {
  if (reasons.length === 0) return [];
  const byId = new Map<string, TraceMatch[]>();
  for (const m of matched) {
    const list = byId.get(m.entity.id);
    if (list === undefined) byId.set(m.entity.id, [m]);
    else list.push(m);
  }
  const grounds: TriageGround[] = [];
  for (const reason of reasons) {
    const reporting = byId.get(reason.id);
    // Each reason's matches once, even were a reason listed twice.
    byId.delete(reason.id);
    for (const m of reporting ?? []) {
      // The runner's answer is about the runner's own body: another person's sign keeps none.
      const answer = m.whose === "RUNNER" ? (answers.get(reason.id) ?? null) : null;
      const onlyAsked = reason.kind === "CONDITION" && asked.has(reason.id);
      grounds.push({
        reason,
        input: m.input,
        words: m.words,
        whose: m.whose,
        answer,
        asked: onlyAsked,
        unplaced: false,
        explanation: explanation(m, answer, onlyAsked),
      });
    }
  }
  return grounds;
}

/**
 * The grounds of the body parts a SEE_DOCTOR resting on `unplaced` names as its reasons: one
 * per finding with a place (see UnplacedFinding.place), in order, its words and explanation,
 * marked `unplaced` (no warning sign was reported there; the articles name the feeling only
 * elsewhere). Another person's carries no answer, as for a sign.
 */
export function unplacedGrounds(unplaced: readonly UnplacedFinding[]): TriageGround[] {
  return unplaced.flatMap((u) =>
    u.place === null
      ? []
      : [
          {
            reason: u.place,
            input: u.input,
            words: u.words,
            whose: u.whose,
            answer: null,
            asked: false,
            unplaced: true,
            explanation: u.explanation,
          },
        ],
  );
}

/** Whether a match and an unplaced finding rest on overlapping words of the same input. */
export function sharesWords(m: TraceMatch, u: UnplacedFinding): boolean {
  return (
    m.input === u.input &&
    m.words !== null &&
    m.words.start < u.words.end &&
    u.words.start < m.words.end
  );
}
