import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/** The timing a pain phrase with an onset verb says too: the heel article's sudden pain. */
const SUDDEN: ClauseMention["concept"] = { type: "TIMING", id: "sudden", denies: [] };

/**
 * The clauses with a sudden onset added after each pain phrase whose words after its first
 * include a vocabulary `onsets` verb ("a sharp pain hit my heel mid run", "pain struck"): the
 * phrase is one feeling in the lexicon (so "hit my heel" is no blow), and says when it came
 * on as well, negated as it is. One look per word of each feeling phrase.
 */
export function onsetTimings(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  const onsets = lexicon.frames.onsets;
  return clauses.map((clause) => {
    const added: ClauseMention[] = [];
    for (const m of clause.mentions) {
      if (m.concept.type !== "FEELING") continue;
      for (let i = m.from + 1; i < m.to; i++)
        if (onsets.has((tokens[i] as Token).folded)) {
          added.push({ concept: SUDDEN, from: i, to: i + 1, typo: false, negated: m.negated });
          break;
        }
    }
    if (added.length === 0) return clause;
    const mentions = [...clause.mentions, ...added].sort((a, b) => a.from - b.from);
    return { ...clause, mentions };
  });
}
