import { LASTING, saysOngoing } from "./askedNames.js";
import type { Lexicon } from "./Lexicon.js";
import { opensQuestion } from "./questionStart.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

// Whether the runner tells of their own complaint beside a question about a problem in
// general (frameClauses: such a question then asks about the runner's own).

/**
 * Whether a stretch of words between marks, holding no question about a problem in general
 * (`asks`: asksAboutSigns of each clause), tells of the runner's own complaint, so that the
 * questions beside it ask about it: "do you need to see a doctor for heel pain? had it for 3
 * weeks", "is achilles pain serious? its been a month", "can you run on a sprained ankle, did
 * mine yesterday". Such a stretch asks nothing (no question mark after it, opens no
 * question), names no other person, denies nothing and says nothing over ("... ? no problems
 * now" tells nothing); it speaks of the runner (a first-person word), points at the problem
 * ("it") or leaves its subject out (opening with a past verb, a having or an ongoing word:
 * "had it", "been a month"), and says when or how long (a past verb, an ongoing word, a weeks,
 * not-improving or constant timing, a number of weeks) or that the runner has it too (`alsoMine`,
 * or a first-person word before a `standsFor` word: "mine is", "me too"): "I'm fine", "asking
 * for a friend", "just curious" tell nothing. Mend 33b: a stretch opening with a site or a
 * feeling is the runner's ("heel numb since monday"); a first-person word and a negated verb
 * answer a question whether a sign goes away (`goingAway`: "does heel pain ever go away? mine
 * hasn't"), a `returning` phrase says it goes on ("its back"), and a pointer and an
 * `affirming` verb ending the stretch confirm ("... if my ankle hurts? it does"). One look per
 * token and per clause; a going-away look per token for a negated verb after "mine".
 */
export function toldAsOwn(
  clauses: readonly Clause[],
  asks: readonly boolean[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  let k = 0;
  for (let from = 0; from < tokens.length; ) {
    let to = from;
    while (to < tokens.length && !(tokens[to] as Token).punctuation) to++;
    const inside: Clause[] = [];
    let asking = false;
    for (; k < clauses.length && (clauses[k] as Clause).from < to; k++) {
      inside.push(clauses[k] as Clause);
      asking ||= asks[k] === true;
    }
    // A clause running on past this stretch belongs to the next one too.
    if (k > 0 && (clauses[k - 1] as Clause).to > to + 1) k--;
    if (!asking && to > from && tellsOwn(tokens, from, to, inside, lexicon)) return true;
    from = to + 1;
  }
  return false;
}

/** Whether tokens `from`..`to` (between marks, holding `clauses`) tell of the runner's own (see toldAsOwn). */
function tellsOwn(
  tokens: readonly Token[],
  from: number,
  to: number,
  clauses: readonly Clause[],
  lexicon: Lexicon,
): boolean {
  const words = lexicon.frames;
  const first = tokens[from] as Token;
  // "had it for 3 weeks": a past verb leaving its subject out says, where "has it..." asks.
  const past = words.pastVerbs.has(first.stem);
  if (tokens[to]?.folded === "?" || (!past && opensQuestion(tokens, from, to, lexicon)))
    return false;
  // "... ? heel numb since monday", "limping since monday": a sign said first is the runner's.
  const opening = lexicon.longestAt(tokens, from, to)?.concept.type;
  let person =
    past ||
    words.having.has(first.stem) ||
    words.ongoing.has(first.stem) ||
    opening === "SITE" ||
    opening === "FEELING";
  let when = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (words.otherWord(t) || words.otherOwner(t)) return false;
    // "does heel pain ever go away? mine hasn't": the runner's answer, they have it.
    const stays = i > from && words.speaksOfSelf(tokens, i - 1) && endAsked(tokens, to, lexicon);
    const negation =
      words.verbalNegations.has(t.folded) ||
      lexicon.longestAt(tokens, i, to)?.concept.type === "NEGATION";
    if (negation && !stays) return false;
    if (words.resolved.endAt(tokens, i, to) > 0) return false;
    const self = words.speaksOfSelf(tokens, i);
    person ||= self || words.pointers.has(t.stem);
    // "... ? mine is", "me too": the runner says they have it; "its back": it goes on; "...
    // if my ankle hurts? it does": a pointer and an affirming verb ending the stretch confirm.
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    when ||=
      stays ||
      words.pastVerbs.has(t.stem) ||
      words.alsoMine.endAt(tokens, i, to) > 0 ||
      words.returning.endAt(tokens, i, to) > 0 ||
      (self && next !== undefined && i + 1 < to && words.standsFor.has(next.folded)) ||
      (i === to - 1 &&
        i > from &&
        words.affirming.has(t.stem) &&
        previous !== undefined &&
        words.pointers.has(previous.stem));
  }
  if (!person) return false;
  return (
    when ||
    clauses.some(
      (c) =>
        saysOngoing(c, tokens, lexicon) ||
        c.quantities.some((q) => q.quantity.measure === "weeks") ||
        c.mentions.some((m) => m.concept.type === "TIMING" && LASTING.has(m.concept.id)),
    ) ||
    ongoingWord(tokens, from, to, lexicon)
  );
}

/**
 * Whether the words before token `to` ask or say whether a sign goes away (`goingAway`: "does
 * heel pain ever go away?", "mine wont stop"), so that a negated verb after "mine" says it
 * stays. One look per token.
 */
function endAsked(tokens: readonly Token[], to: number, lexicon: Lexicon): boolean {
  for (let i = 0; i < to; i++) if (lexicon.frames.goingAway.endAt(tokens, i, to) > 0) return true;
  return false;
}

/**
 * Whether an `ongoing` word between tokens `from` and `to` says a sign goes on (not an
 * `askedTimes` word, nor one right before a site or a feeling). One look per token.
 */
function ongoingWord(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon) {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!lexicon.frames.ongoing.has(t.stem) || lexicon.frames.askedTimes.has(t.folded)) continue;
    const next = lexicon.longestAt(tokens, i + 1, to)?.concept.type;
    if (next !== "SITE" && next !== "FEELING") return true;
  }
  return false;
}
