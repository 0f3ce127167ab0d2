import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

/**
 * For each clause, whether the runner says they have it too ("so does mine", "me too": the
 * vocabulary's `alsoMine`) in it or after it, before the next clause. One look-up per token.
 */
export function saysAlsoMine(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean[] {
  const said = clauses.map(() => false);
  let k = -1;
  for (let at = 0; at < tokens.length; at++) {
    while (k + 1 < clauses.length && (clauses[k + 1] as Clause).from <= at) k++;
    if (k >= 0 && lexicon.frames.alsoMine.endAt(tokens, at, tokens.length) > 0) said[k] = true;
  }
  return said;
}
