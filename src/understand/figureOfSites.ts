import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

/**
 * Whether a clause names two sites side by side as one noun, with a form of "to be"
 * (`questionVerbs`) right after them or before them past a few fillers, and says no feeling:
 * a figure of speech ("my achilles heel is hills", "hills are my achilles heel", a
 * weakness), not a complaint, so nothing in it is read. "my achilles heel hurts", "achilles
 * heel pain" and "pain in my achilles, heel too" say a feeling or part the sites. One look
 * per mention.
 */
export function figureOfSites(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const ms = clause.mentions;
  if (ms.some((m) => m.concept.type === "FEELING")) return false;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    if (a?.concept.type !== "SITE" || b?.concept.type !== "SITE" || b.from !== a.to) continue;
    const verb = tokens[b.to];
    if (verb !== undefined && lexicon.frames.questionVerbs.has(verb.folded)) return true;
    if (verbBefore(a.from, clause, tokens, lexicon)) return true;
  }
  return false;
}

/** Most fillers looked past back from the two sites to a form of "to be" ("are my"). */
const FILLER_REACH = 2;

/** Whether a form of "to be" stands right before token `at` of `clause`, past a few fillers ("hills are my achilles heel"). */
function verbBefore(
  at: number,
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  for (let i = at - 1; i >= clause.from && i >= at - 1 - FILLER_REACH; i--) {
    const t = tokens[i] as Token;
    if (lexicon.frames.questionVerbs.has(t.folded)) return true;
    if (!lexicon.fillers.has(t.stem)) return false;
  }
  return false;
}
