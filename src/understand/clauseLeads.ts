import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

// How a clause starts, for framing it (frameClauses): a few looks at its first tokens each.

/**
 * Whether a clause's first word (past the mark that opened it) counts: a number word or
 * "both" ("one is limping") counts the animals named before.
 */
export function counts(tokens: readonly Token[], from: number, lexicon: Lexicon): boolean {
  const first = tokens[from]?.punctuation ? tokens[from + 1] : tokens[from];
  return (
    first !== undefined && (first.number !== null || lexicon.sideWords.get(first.stem) === "BOTH")
  );
}

/**
 * Whether one of the clause's first three tokens names someone else or is theirs ("hers is
 * numb", ", and his is swollen", "she can't walk"): at most three looks.
 */
export function ledByOther(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  for (let i = clause.from; i < Math.min(clause.to, clause.from + 3); i++) {
    const t = tokens[i] as Token;
    if (lexicon.frames.firstPerson.has(t.stem)) return false;
    if (lexicon.frames.otherWord(t)) return true;
  }
  return false;
}

/** Whether the clause's first token (past the mark that opened it) points back ("it is numb"). */
export function ledBy(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const first = tokens[clause.from]?.punctuation ? tokens[clause.from + 1] : tokens[clause.from];
  return first !== undefined && lexicon.frames.pointers.has(first.stem);
}
