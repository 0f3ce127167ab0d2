import type { Lexicon } from "./Lexicon.js";
import { tokenizeComplaint } from "./tokenizeComplaint.js";
import type { Token } from "./types.js";

/** Whether every word of `phrase` is a filler or part of a site, feeling or timing phrase. */
export function readsAsFindings(lexicon: Lexicon, phrase: string): boolean {
  const tokens = tokenizeComplaint(phrase, lexicon.vocabulary.numbers);
  for (let i = 0; i < tokens.length; ) {
    const m = lexicon.longestAt(tokens, i);
    if (m !== null && ["SITE", "FEELING", "TIMING"].includes(m.concept.type)) i = m.to;
    else if (lexicon.fillers.has((tokens[i] as Token).stem)) i++;
    else return false;
  }
  return tokens.length > 0;
}
