import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

/**
 * Whether a clause names two sites side by side as one noun, then a form of "to be"
 * (`questionVerbs`), and says no feeling: a figure of speech ("my achilles heel is hills", a
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
  }
  return false;
}
