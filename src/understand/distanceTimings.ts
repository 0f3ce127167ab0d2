import { clauseWith } from "./clauseShape.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { tokenWith } from "./tokenWith.js";
import type { Token } from "./types.js";

/** The word a number and a unit of distance stand for. */
const RUN: Pick<Token, "folded" | "stem"> = { folded: "run", stem: "run" };

/**
 * The clauses with a timing read through a run's distance: a word, then a number and a
 * `distances` word ("after 12 miles", "after 20 k"), read as that word before "run" when the
 * lexicon has a timing phrase for it ("after run": after a run). Only in a clause saying no
 * timing of its own. One phrase look-up per number in a clause.
 */
export function distanceTimings(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  const units = lexicon.frames.distances;
  return clauses.map((clause) => {
    if (clause.mentions.some((m) => m.concept.type === "TIMING")) return clause;
    for (let i = clause.from + 1; i + 1 < clause.to; i++) {
      const number = tokens[i] as Token;
      const unit = tokens[i + 1] as Token;
      if (number.number === null || !units.has(unit.folded)) continue;
      const lead = tokens[i - 1] as Token;
      const m = lexicon.longestAt([lead, tokenWith(unit, { ...RUN, number: null })], 0);
      if (m === null || m.to !== 2 || m.concept.type !== "TIMING") continue;
      const added: ClauseMention = {
        concept: m.concept,
        from: i - 1,
        to: i + 2,
        typo: false,
        negated: false,
      };
      const mentions = [...clause.mentions, added].sort((a, b) => a.from - b.from);
      return clauseWith(clause, { mentions });
    }
    return clause;
  });
}
