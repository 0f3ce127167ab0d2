import type { Candidate } from "./Candidate.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

/** How many tokens before a body word a phrase holding it may start ("front of my lower leg"). */
const PHRASE_REACH = 6;

/**
 * Whether the clause names a body part that is no site the reader knows (a vocabulary
 * `bodyWords` word outside every phrase of the lexicon: "my friend's leg is swollen", "my
 * legs are swollen", not "front of lower leg", the shin, even once a correction took that
 * back): what is felt is placed there, so a sign said without a place is not read in it (see
 * {@link placedSigns}). One look per token of the clause, and PHRASE_REACH phrase look-ups
 * per body word.
 */
export function bodyPartNamed(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const words = lexicon.frames.bodyWords;
  for (let i = clause.from; i < clause.to; i++) {
    if (!words.has((tokens[i] as Token).folded)) continue;
    let inPhrase = false;
    for (let j = i; j >= Math.max(0, i - PHRASE_REACH) && !inPhrase; j--)
      inPhrase = (lexicon.longestAt(tokens, j)?.to ?? 0) > i;
    if (!inPhrase) return true;
  }
  return false;
}

/**
 * The candidates of a clause whose place is said but is no covered site (a part no article
 * covers, a `bodyWords` part): those read without a place ("swelling") are left out, for
 * their place is that part; a sign of the whole leg (`anywhere`: not bearing weight) and
 * one no place bounds (limping) stay.
 */
export function placedSigns(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c.profile?.unplaced !== true || c.profile.anywhere === true);
}
