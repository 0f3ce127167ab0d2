import type { Cues } from "./cuesOf.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { sitesOf } from "./sitesOf.js";
import type { Token } from "./types.js";

/**
 * How many clauses after a sign a `returning` phrase may still bring it back: 3, enough for
 * "heel went numb yesterday, it was gone, but it's back today" (the sign, its end, its
 * return), short of a diary's later days, which endedLater reads.
 */
export const BACK_REACH = 3;

/**
 * Whether a clause after clause `i`, within {@link BACK_REACH}, says what was before is back
 * ("came back", "back again", "its back") without naming a site of its own (the "back" of
 * "its back" is no site): then a sign of clause `i` said over in between is there again (red
 * flags win). A clause naming a site ends the look: a return after it is that site's; one
 * naming a feeling brings back that feeling alone ("the ache is still there").
 */
export function saidBack(
  clauses: readonly Clause[],
  cues: readonly Cues[],
  i: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const last = Math.min(clauses.length - 1, i + BACK_REACH);
  for (let j = i + 1; j <= last; j++) {
    const clause = clauses[j] as Clause;
    const own = sitesOf(clause, tokens, lexicon).filter(
      (m) => !inReturning(m, clause, tokens, lexicon),
    );
    if (own.length > 0) return false;
    // "the tingling has gone, the ache is still there": a feeling named brings back only itself.
    if (cues[j]?.returning === true) return !namesFeeling(clause);
  }
  return false;
}

/** Whether site mention `m` is a word of a `returning` phrase ("its back": not the back). */
function inReturning(
  m: ClauseMention,
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const returning = lexicon.frames.returning;
  const first = Math.max(clause.from, m.from - returning.longest + 1);
  for (let k = first; k <= m.from; k++) {
    if (returning.endAt(tokens, k, clause.to) >= m.to) return true;
  }
  return false;
}

/** Whether a clause names a feeling of its own (not denied). */
function namesFeeling(clause: Clause): boolean {
  return clause.mentions.some((m) => m.concept.type === "FEELING" && !m.negated);
}
