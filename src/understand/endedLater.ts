import { conceptId } from "./Candidate.js";
import type { Cues } from "./cuesOf.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import { elsewhere, NONE, namedOver, SIGNS, signIds } from "./signsOver.js";
import type { Token } from "./types.js";

/**
 * Most clauses after a clause looked through for a later one saying its sign is over: a
 * week's diary of a few clauses a day ("Mon: ... Tue: ... Sun: ..."); a text is read up to
 * 2,000 characters (READ_LIMITS), so this bounds the look per clause, not the text.
 */
export const LATER_REACH = 24;

/**
 * The signs of clause `i` that a later clause, past the one right after it, says are over,
 * naming them ("Wed: heel puffy. Thu: rest. Fri: puffiness gone.": the swelling is over):
 * the signs the later clause names right before its `resolved` words (see namedOver: not
 * "Fri: heel still sore, swelling gone"'s pain), or all it names, as long as no
 * clause up to it names a site clause `i` does not ("Mon: heel swollen. Tue: ankle puffy.
 * Wed: swelling gone" ends nothing at the heel), nor, when clause `i` names none, any site.
 * A sign said again after the clause saying it is over stands: only clause `i`'s mentions
 * are ended ("Tue: swelling gone. Wed: puffy again" is swelling). A later clause about
 * someone else ends nothing of a clause that is not (see someoneElses). The clause right after is
 * the caller's (frameClauses). At most LATER_REACH clauses looked at, a few mentions each.
 */
export function endedLater(
  clauses: readonly Clause[],
  cues: readonly Cues[],
  i: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): ReadonlySet<string> {
  const clause = clauses[i] as Clause;
  const own = new Set<string>();
  for (const m of clause.mentions)
    if (SIGNS.has(m.concept.type) && !m.negated) own.add(conceptId(m));
  if (own.size === 0) return NONE;
  const sites = new Set<string>();
  for (const m of clause.mentions) if (m.concept.type === "SITE") sites.add(conceptId(m));
  let ended: Set<string> | null = null;
  const last = Math.min(clauses.length - 1, i + LATER_REACH);
  for (let j = i + 1; j <= last; j++) {
    const later = clauses[j] as Clause;
    if (movesOn(later, sites) || elsewhere(clause, later)) break;
    const c = cues[j] as Cues;
    // "Wed: my wife's numbness gone": another person's sign over ends none of the runner's.
    if (j === i + 1 || !c.resolvedHere || someoneElses(clause, later, tokens, lexicon)) continue;
    const named = namedOver(later, c.resolvedSpan, tokens, lexicon);
    for (const id of named ?? signIds(later, c.resolvedSpan))
      if (own.has(id)) {
        ended ??= new Set();
        ended.add(id);
      }
  }
  return ended ?? NONE;
}

/** Whether `later` names a site not among `sites` (any site, when `sites` is empty). */
function movesOn(later: Clause, sites: ReadonlySet<string>): boolean {
  return later.mentions.some((m) => m.concept.type === "SITE" && !sites.has(conceptId(m)));
}

/**
 * Whether `later` speaks of someone else's body and `clause` does not ("heel numb. my wife's
 * numbness gone": her numbness is over, not the runner's): it is read as another person's, or
 * names one (vocabulary `others`, "my wife's") or their belonging (`owners`, "her"). One look
 * per token of the two clauses.
 */
export function someoneElses(
  clause: Clause,
  later: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  return namesOther(later, tokens, lexicon) && !namesOther(clause, tokens, lexicon);
}

/** Whether a clause is another person's or names one or their belonging. */
function namesOther(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (clause.other) return true;
  for (let at = clause.from; at < clause.to; at++) {
    const t = tokens[at] as Token;
    if (lexicon.others.has(t.stem) || lexicon.frames.owners.has(t.folded)) return true;
  }
  return false;
}
