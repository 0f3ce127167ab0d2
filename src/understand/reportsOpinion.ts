import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

/**
 * Whether a clause gives another person's view: a person other than the runner followed by a
 * reporting word ("my coach says", "physio thinks": vocabulary `others`, `owners`, `reporting`).
 * The labelling rules read only the runner's own report of a cause. Where that person is
 * named, the clause's end (`clause.to`) when none is. One look per token.
 */
export function reportsOpinion(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): number {
  for (let i = clause.from; i + 1 < clause.to; i++) {
    const stem = (tokens[i] as Token).stem;
    if (!lexicon.others.has(stem) && !lexicon.frames.owners.has(stem)) continue;
    if (lexicon.reporting.has((tokens[i + 1] as Token).stem)) return i;
  }
  return clause.to;
}
