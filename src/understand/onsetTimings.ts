import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/** The timing a pain phrase with an onset verb says too: the heel article's sudden pain. */
const SUDDEN: ClauseMention["concept"] = { type: "TIMING", id: "sudden", denies: [] };

/**
 * Timings and the gradual factor ("type:vocabulary id") that say the pain came on slowly,
 * comes back or belongs to a routine ("hit me gradually over a few weeks", "hit me every
 * morning", "hit me after a long run"): an onset verb beside one of them says no sudden onset.
 */
const NOT_SUDDEN: ReadonlySet<string> = new Set([
  "FACTOR:gradual",
  ...[
    "weeks",
    "morning",
    "after",
    "long-runs",
    "after-long-runs",
    "night",
    "returns",
    "constant",
  ].map((id) => `TIMING:${id}`),
  ...["not-improving", "eases-moving", "rest-eases"].map((id) => `TIMING:${id}`),
]);

/**
 * The clauses with a sudden onset added after each pain phrase whose words after its first
 * include a vocabulary `onsets` verb ("a sharp pain hit my heel mid run", "pain struck"): the
 * phrase is one feeling in the lexicon (so "hit my heel" is no blow), and says when it came
 * on as well, negated as it is; not in a clause that reports a slow, recurring or after-run
 * timing (NOT_SUDDEN). One look per word of each feeling phrase, one per mention.
 */
export function onsetTimings(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  const onsets = lexicon.frames.onsets;
  return clauses.map((clause) => {
    const contrary = clause.mentions.some(
      (m) => !m.negated && "id" in m.concept && NOT_SUDDEN.has(`${m.concept.type}:${m.concept.id}`),
    );
    if (contrary) return clause;
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
