import { asserted } from "./doubleNegated.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { rewriteClauses } from "./rewriteClauses.js";
import type { Token } from "./types.js";

/** Most words of a `degreeWords` phrase right before a feeling ("a lot of"). */
export const DEGREE_REACH = 3;

/**
 * Clauses with each understated feeling reported: a denied feeling with a `degreeWords`
 * phrase right before it ("not too sore", "isn't that swollen", "not much pain") or an
 * `amountWords` phrase right after it ("doesn't hurt much", "isn't swollen that much") is a
 * little of that feeling, not none, so it is reported (a warning sign said so still raises
 * triage: "not much swelling" is some swelling). Only feelings: a denied cause or name keeps
 * its denial. The clauses are copied only where one is found; at most DEGREE_REACH + 1
 * looks per denied feeling.
 */
export function understated(
  clauses: Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  return rewriteClauses(clauses, (clause) => {
    if (!clause.mentions.some((m) => understates(m, clause, tokens, lexicon))) return null;
    const mentions = clause.mentions.map((m) =>
      understates(m, clause, tokens, lexicon) ? asserted(m) : m,
    );
    return { ...clause, mentions };
  });
}

/** Whether `m` is a denied feeling whose denial only says how much of it there is. */
function understates(
  m: ClauseMention,
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  if (!m.negated || m.concept.type !== "FEELING") return false;
  const { degreeWords, amountWords } = lexicon.frames;
  if (m.to < clause.to && amountWords.endAt(tokens, m.to, clause.to) > m.to) return true;
  for (let at = Math.max(clause.from, m.from - DEGREE_REACH); at < m.from; at++)
    if (degreeWords.endAt(tokens, at, m.from) === m.from) return true;
  return false;
}
