import type { Lexicon, Mention } from "./Lexicon.js";
import type { Token } from "./types.js";

// Questions said without a question mark: how a stretch of words opens ("is numbness
// serious", "does this sound like plantar fasciitis", "when will my heel stop hurting"), and
// a negation inverted before its subject ("why won't my heel stop hurting"). The words are
// the vocabulary's questionOpeners, questionLeads, questionVerbs and questionSubjects.

/** Most `questionOpeners` words before a question's verb ("how long will"). */
export const OPENER_REACH = 2;

/** Most words of a subject between an inverted negation and its verb ("the swelling in my heel"). */
export const SUBJECT_REACH = 6;

/** The token after at most OPENER_REACH `questionOpeners` words from token `at`. */
function pastOpeners(
  tokens: readonly Token[],
  at: number,
  until: number,
  lexicon: Lexicon,
): number {
  let i = at;
  while (
    i < until &&
    i < at + OPENER_REACH &&
    lexicon.frames.questionOpeners.has((tokens[i] as Token).folded)
  )
    i++;
  return i;
}

/**
 * Whether the words from token `at` (before `until`) open a question: past at most
 * OPENER_REACH opener words ("when", "how long"), a `questionLeads`, `questionVerbs` or
 * `questionAuxiliaries` word ("does", "will", "is", "has"), or after an opener a verbal
 * negation ("why won't"), and then a subject (for an auxiliary, only a subject word): a `questionSubjects` word ("it", "my", "this",
 * "i"), a site or a name ("is plantar fasciitis serious"), or after a form of "to be" a
 * feeling that is no state word ("is numbness serious"; not "is numb"). A verb starting a
 * phrase of the lexicon is none ("can walk fine now"). A few looks.
 */
export function opensQuestion(
  tokens: readonly Token[],
  at: number,
  until: number,
  lexicon: Lexicon,
): boolean {
  const words = lexicon.frames;
  const verb = pastOpeners(tokens, at, until, lexicon);
  const v = tokens[verb];
  if (verb + 1 >= until || v === undefined) return false;
  // After an opener, a negated verb asks too ("why won't my heel stop hurting").
  const auxiliary = words.questionAuxiliaries.has(v.folded);
  const asks =
    auxiliary ||
    words.questionLeads.has(v.folded) ||
    words.questionVerbs.has(v.folded) ||
    (verb > at && words.verbalNegations.has(v.folded));
  // A verb that starts a phrase of the lexicon is that phrase ("can walk fine now"), but a
  // negation alone ("why won't my heel...").
  const own = lexicon.longestAt(tokens, verb, until);
  if (!asks || (own !== null && (own.concept.type !== "NEGATION" || own.to > verb + 1)))
    return false;
  const subject = tokens[verb + 1] as Token;
  if (subject.punctuation) return false;
  if (words.questionSubjects.has(subject.folded)) return true;
  // "have plantar fasciitis in my heel" says it.
  if (auxiliary) return false;
  // "is numbness serious", "can plantar fasciitis..."; not "is numb", "can walk fine".
  const type = lexicon.longestAt(tokens, verb + 1, until)?.concept.type;
  const be = words.questionVerbs.has(v.folded);
  return (
    type === "SITE" ||
    type === "MENTION" ||
    (be && type === "FEELING" && !words.states.has(subject.folded))
  );
}

/** Whether a word asking whether a sign went away, or saying it is over, starts at token `i`. */
function endsAt(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const words = lexicon.frames;
  return (
    words.goingAway.endAt(tokens, i, tokens.length) > 0 ||
    words.resolved.endAt(tokens, i, tokens.length) > 0
  );
}

/**
 * Where the end a verbal negation at token `at` negates starts, when it is inverted before its subject in a question
 * ("why won't my heel stop hurting", "why isn't the swelling going down"): an opener word
 * right before it, or nothing before it in its stretch of words; then, past a subject of at
 * most SUBJECT_REACH words (sites, feelings, fillers, subject and site-lead words), a word
 * asking whether a sign went away or changed (`goingAway`: "stop", "go away", "better") or
 * saying it is over (`resolved`), or one word before such a word ("getting better"). Its end is negated, not the sign: the sign is there. At
 * most SUBJECT_REACH + 1 looks.
 */
export function invertedEnd(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const words = lexicon.frames;
  const before = tokens[at - 1];
  if (before !== undefined && !before.punctuation && !words.questionOpeners.has(before.folded))
    return -1;
  let i = at + 1;
  const first = tokens[i];
  if (first === undefined || first.punctuation) return -1;
  while (i < tokens.length && i <= at + SUBJECT_REACH) {
    const t = tokens[i] as Token;
    if (t.punctuation) return -1;
    const subject = i > at + 1;
    if (subject && endsAt(tokens, i, lexicon)) return i;
    const m = lexicon.longestAt(tokens, i);
    const type = m?.concept.type;
    if (m !== null && (type === "SITE" || type === "FEELING" || type === "SIDE")) i = m.to;
    else if (
      lexicon.fillers.has(t.stem) ||
      words.questionSubjects.has(t.folded) ||
      words.siteLeads.has(t.folded) ||
      words.negationAdverbs.has(t.folded)
    )
      i++;
    // One word before it ("getting better", "going down").
    else if (subject && !tokens[i + 1]?.punctuation && endsAt(tokens, i + 1, lexicon)) return i;
    else return -1;
  }
  return -1;
}

/**
 * What an inverted negation and the end it negates say read together, when the lexicon has
 * a feeling or timing for them ("why won't this pain go away" reads "won't go away", pain not
 * improving, as "this pain won't go away" does): a mention over the end's words, else null.
 * One phrase look-up.
 */
export function invertedReading(
  tokens: readonly Token[],
  at: number,
  lexicon: Lexicon,
): Mention | null {
  const end = invertedEnd(tokens, at, lexicon);
  if (end < 0) return null;
  const joined = [tokens[at] as Token, ...tokens.slice(end)];
  const m = lexicon.longestAt(joined, 0);
  const type = m?.concept.type;
  if (m === null || m.to < 2 || (type !== "TIMING" && type !== "FEELING")) return null;
  return { concept: m.concept, from: end, to: end + m.to - 1, typo: m.typo };
}
