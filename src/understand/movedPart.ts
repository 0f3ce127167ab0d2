import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/**
 * Whether site mention `m` of `clause` names the part a movement moves (vocabulary
 * `movements`: "it pinches when I point my toes", "it hurts when I flex my foot"), not where
 * what the clause says is felt: a movement word is right before it (fillers between: "my",
 * "the") and a feeling is said before that word. The clause then speaks of the site said or
 * carried before (the ankle of "my ankle is bad. it pinches when I point my toes"). At most
 * the tokens between the clause's start and the mention.
 */
export function movedPart(
  m: ClauseMention,
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  let at = m.from - 1;
  while (at > clause.from && lexicon.fillers.has((tokens[at] as Token).stem)) at--;
  const moving = tokens[at];
  if (at <= clause.from || moving === undefined || !lexicon.frames.movements.has(moving.stem))
    return false;
  return clause.mentions.some((f) => f.concept.type === "FEELING" && f.to <= at);
}
