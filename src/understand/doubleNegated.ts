import { clauseWith } from "./clauseShape.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { rewriteClauses } from "./rewriteClauses.js";
import type { Token } from "./types.js";
import { ADVERB_REACH } from "./verbalNegation.js";

/**
 * Clauses with each double negative taken back: a negation that can deny a site ("not",
 * "isn't") followed, past only fillers and sites, by a second one ("it's not that my heel
 * isn't swollen"), or a verbal negation right before a second one past only adverbs ("my
 * heel hasn't stopped being numb", "never really quit being sore"), reports what the second
 * one would deny, and the site it names. What a third negation denies stays denied. A bare "no" never starts one ("no my heel isnt
 * swollen" answers, then denies). The clauses are copied only where one is found.
 */
export function doubleNegated(
  clauses: Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  return rewriteClauses(clauses, (clause) => {
    const span = doubleNegative(clause, tokens, lexicon);
    if (span === null) return null;
    const mentions = clause.mentions.map((m) =>
      m.negated && m.from >= span.from && m.from < span.to ? asserted(m) : m,
    );
    return clauseWith(clause, { mentions });
  });
}

/**
 * Where a clause's double negative reaches: from its first negation to the negation after
 * its second, or the clause's end; null when it has none.
 */
function doubleNegative(
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): { from: number; to: number } | null {
  let from = -1;
  let at = clause.from;
  while (at < clause.to) {
    const m = lexicon.longestAt(tokens, at, clause.to);
    const negation = m?.concept.type === "NEGATION";
    if (from >= 0 && negation && m !== null) {
      return { from, to: nextNegation(m.to, clause, tokens, lexicon) };
    }
    const second = negation && m !== null ? negationAfter(m.to, clause, tokens, lexicon) : -1;
    if (second >= 0 && lexicon.frames.verbalNegations.has((tokens[at] as Token).folded))
      return { from: at, to: nextNegation(second, clause, tokens, lexicon) };
    if (negation && m !== null && lexicon.siteDenials.has((tokens[at] as Token).stem)) {
      from = at;
      at = m.to;
      continue;
    }
    // Only fillers and sites may stand between the two negations.
    if (from >= 0 && m?.concept.type !== "SITE" && !lexicon.fillers.has((tokens[at] as Token).stem))
      from = -1;
    at = m === null || m.concept.type !== "SITE" ? at + 1 : m.to;
  }
  return null;
}

/**
 * Where the negation starting at token `at`, past only `negationAdverbs`, ends ("stopped
 * being" in "hasn't really stopped being"), or -1 when none starts there. At most
 * ADVERB_REACH + 1 looks.
 */
function negationAfter(at: number, clause: Clause, tokens: readonly Token[], lexicon: Lexicon) {
  let i = at;
  while (
    i < clause.to &&
    i < at + ADVERB_REACH &&
    lexicon.frames.negationAdverbs.has((tokens[i] as Token).folded)
  )
    i++;
  const m = i < clause.to ? lexicon.longestAt(tokens, i, clause.to) : null;
  return m?.concept.type === "NEGATION" ? m.to : -1;
}

/** The start of the first negation at or after token `at` in the clause, or the clause's end. */
function nextNegation(at: number, clause: Clause, tokens: readonly Token[], lexicon: Lexicon) {
  for (let i = at; i < clause.to; i++)
    if (lexicon.longestAt(tokens, i, clause.to)?.concept.type === "NEGATION") return i;
  return clause.to;
}

/** `m` reported, in the one shape mentions have (shared with understated). */
export function asserted(m: ClauseMention): ClauseMention {
  return { concept: m.concept, from: m.from, to: m.to, typo: m.typo, negated: false };
}
