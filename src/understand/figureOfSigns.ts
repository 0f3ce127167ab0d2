import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

/** Most fillers looked past after a sign word's "to" for a thing of the mind ("to the whole idea"). */
const FILLER_REACH = 2;

/**
 * Whether a clause naming no site says a warning sign's word towards a thing of the mind
 * (vocabulary `mindThings`): the sign, "to", at most FILLER_REACH fillers and one of them
 * ("numb to the pain of hill reps", "I've gone numb to the whole idea"). That is a state of
 * mind, not a complaint, so nothing in the clause is read. "my heel is numb to the touch"
 * names a site and a thing that is no such word. At most FILLER_REACH + 2 looks per mention.
 */
export function figureOfSigns(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (clause.mentions.some((m) => m.concept.type === "SITE")) return false;
  for (const m of clause.mentions) {
    if (!lexicon.signFeeling(m.concept) || tokens[m.to]?.folded !== "to") continue;
    for (let at = m.to + 1; at <= m.to + 1 + FILLER_REACH; at++) {
      const t = tokens[at];
      if (t === undefined || t.punctuation) break;
      if (lexicon.frames.mindThings.has(t.stem)) return true;
      if (!lexicon.fillers.has(t.stem)) break;
    }
  }
  return false;
}
