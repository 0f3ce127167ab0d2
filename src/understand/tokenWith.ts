import type { Token } from "./types.js";

/**
 * `token` with the fields of `change` in place of its own, as `{ ...token, ...change }`
 * would be, written as one literal in tokenizeComplaint's order: every token is an object
 * of one shape. A spread's copy has a shape of its own, met only where a word is read
 * through a typo, and V8 dropped the optimised code of every step reading tokens whenever
 * such a shape first reached it (see clauseShape).
 */
export function tokenWith(token: Token, change: Partial<Token>): Token {
  return {
    folded: change.folded ?? token.folded,
    stem: change.stem ?? token.stem,
    start: change.start ?? token.start,
    end: change.end ?? token.end,
    number: change.number !== undefined ? change.number : token.number,
    punctuation: change.punctuation ?? token.punctuation,
    possessive: change.possessive ?? token.possessive,
    typo: change.typo ?? token.typo,
  };
}
