import { clauseWith } from "./clauseShape.js";
import { asserted } from "./doubleNegated.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { rewriteClauses } from "./rewriteClauses.js";
import type { Token } from "./types.js";

/** Most words of a `degreeWords` phrase right before a feeling ("a lot of"). */
export const DEGREE_REACH = 3;

/**
 * Most words between a `purposeLeads` word and the denied feeling ("so that my left heel
 * doesn't hurt": the subject and the negation).
 */
export const PURPOSE_REACH = 6;

/**
 * Clauses with each understated feeling reported: a denied feeling with a `degreeWords`
 * phrase right before it ("not too sore", "isn't that swollen", "not much pain") or an
 * `amountWords` phrase right after it ("doesn't hurt much", "isn't swollen that much") is a
 * little of that feeling, not none, so it is reported (a warning sign said so still raises
 * triage: "not much swelling" is some swelling). So is a feeling denied after a
 * `purposeLeads` word in a clause naming a factor before it ("I take ibuprofen before runs so
 * my heel doesn't hurt": the pills hide the pain, the article's running through pain). Only
 * feelings: a denied cause or name keeps its denial. The clauses are copied only where one
 * is found; at most DEGREE_REACH + PURPOSE_REACH + 1 looks per denied feeling.
 */
export function understated(
  clauses: Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  return rewriteClauses(clauses, (clause) => {
    // Most clauses deny no feeling: nothing to look at, nothing allocated.
    if (!clause.mentions.some((m) => m.negated && m.concept.type === "FEELING")) return null;
    const said = clause.mentions.map((m) => understates(m, clause, tokens, lexicon));
    if (!said.includes(true)) return null;
    return clauseWith(clause, {
      mentions: clause.mentions.map((m, i) => (said[i] ? asserted(m) : m)),
    });
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
  if (hidden(m, clause, tokens, lexicon)) return true;
  for (let at = Math.max(clause.from, m.from - DEGREE_REACH); at < m.from; at++)
    if (degreeWords.endAt(tokens, at, m.from) === m.from) return true;
  return false;
}

/**
 * Whether `m` is denied as what an action named before it is for: a `purposeLeads` word at
 * most PURPOSE_REACH tokens before it, after a factor the clause reports. PURPOSE_REACH looks.
 */
function hidden(m: ClauseMention, clause: Clause, tokens: readonly Token[], lexicon: Lexicon) {
  const from = Math.max(clause.from, m.from - PURPOSE_REACH);
  for (let at = m.from - 1; at >= from; at--) {
    if (!lexicon.frames.purposeLeads.has((tokens[at] as Token).folded)) continue;
    return clause.mentions.some((f) => f.concept.type === "FACTOR" && !f.negated && f.to <= at);
  }
  return false;
}
