import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

/** What the runner says of their own beside someone else's, clause by clause. */
export interface RunnersSay {
  /** See {@link saysAlsoMine}. */
  readonly also: readonly boolean[];
  /** See {@link saysNotMine}. */
  readonly not: readonly boolean[];
  /** See {@link saysMineIs}. */
  readonly is: readonly boolean[];
}

/** The three looks of this file at once, for frameClauses. */
export function runnersSay(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): RunnersSay {
  return {
    also: saysAlsoMine(clauses, tokens, lexicon),
    not: saysNotMine(clauses, tokens, lexicon),
    is: saysMineIs(clauses, tokens, lexicon),
  };
}

/**
 * For each clause, whether the runner says they have it too ("so does mine", "me too": the
 * vocabulary's `alsoMine`) in it or after it, before the next clause. One look-up per token.
 */
export function saysAlsoMine(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean[] {
  return perClause(
    clauses,
    tokens,
    (at) => lexicon.frames.alsoMine.endAt(tokens, at, tokens.length) > 0,
  );
}

/**
 * For each clause, whether the runner says they do not have it, in it or after it before the
 * next clause: a first-person word ("mine", "I", not "my") and a negation cue side by side
 * ("mine doesn't", "I don't", "not me") with nothing more said before the clause ends (a
 * mark, a scope break, the end). At most two phrase look-ups per token.
 */
export function saysNotMine(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean[] {
  const first = (i: number) => {
    const stem = tokens[i]?.stem;
    return stem !== undefined && stem !== "my" && lexicon.frames.firstPerson.has(stem);
  };
  const negation = (i: number) => {
    const m = tokens[i]?.punctuation ? null : lexicon.longestAt(tokens, i);
    return m?.concept.type === "NEGATION" ? m.to : -1;
  };
  const ends = (i: number) =>
    i >= tokens.length ||
    (tokens[i] as Token).punctuation ||
    lexicon.longestAt(tokens, i)?.concept.type === "BREAK";
  return perClause(clauses, tokens, (at) => {
    if (first(at)) {
      const end = negation(at + 1);
      return end > 0 && ends(end);
    }
    const end = negation(at);
    return end > 0 && first(end) && ends(end + 1);
  });
}

/**
 * For each clause, whether the runner then says they have what it denies of another person
 * ("my wife isn't limping, I am", "... but mine is"): a first-person word (not "my") and an
 * affirming verb side by side with nothing more said before the clause ends. The mirror of
 * {@link saysNotMine}; one look per token.
 */
export function saysMineIs(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean[] {
  return perClause(clauses, tokens, (at) => {
    const stem = tokens[at]?.stem;
    if (stem === undefined || stem === "my" || !lexicon.frames.firstPerson.has(stem)) return false;
    const verb = tokens[at + 1];
    if (verb === undefined || verb.punctuation || !lexicon.frames.affirming.has(verb.stem))
      return false;
    const next = at + 2;
    return (
      next >= tokens.length ||
      (tokens[next] as Token).punctuation ||
      lexicon.longestAt(tokens, next)?.concept.type === "BREAK"
    );
  });
}

/** For each clause, whether `says` holds at a token in it or after it, before the next clause. */
function perClause(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  says: (at: number) => boolean,
): boolean[] {
  // Pushed onto a literal, whose arrays keep one elements kind whatever their count (an
  // array `map` makes has one kind when empty and another when not: see clauseShape).
  const said: boolean[] = [];
  for (let k = 0; k < clauses.length; k++) said.push(false);
  let k = -1;
  for (let at = 0; at < tokens.length; at++) {
    while (k + 1 < clauses.length && (clauses[k + 1] as Clause).from <= at) k++;
    if (k >= 0 && !said[k] && says(at)) said[k] = true;
  }
  return said;
}
