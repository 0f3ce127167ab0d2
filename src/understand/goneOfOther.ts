import { inSite } from "./inSite.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import { SIGNS } from "./signsOver.js";
import type { Token } from "./types.js";

/** The `resolved` words said of a subject that may be no sign: "gone", and a bare "stopped" ("I stopped"). */
const GONE = "gone";
/** See GONE. */
const STOPPED = "stopped";

/** Most words looked back from a "gone" for what it is said of (a clause's subject is near). */
export const GONE_REACH = 12;

/**
 * Whether the "gone" of the `resolved` words at token `at` is said of something that is not a
 * sign: between it and the start of its clause (inside), or the mark, "and" or "but" before it
 * (after a clause), no sign the clause names and a word that is neither a filler, a pointer
 * ("it", "that"), an answer word ("nope") nor a site ("motivation gone", "my mates had gone",
 * "the bus has gone"; not "puffiness gone", "numbness has gone", "it's gone", "..., gone
 * now"). A "stopped" is said of a sign only when one is its subject (see stoppedSign). Only
 * `resolved` words holding "gone", or the bare word "stopped": the others ("fine now", "cleared
 * up") are kept as they were. At most GONE_REACH looks back, a few mentions each.
 */
export function goneOfOther(
  clause: Clause,
  inside: boolean,
  at: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const words = lexicon.frames;
  const end = words.resolved.endAt(tokens, at, tokens.length);
  // The bare word "stopped" (the vocabulary's "has stopped", "thats stopped" name their
  // subject; as a `resolved` word it matches only as written, not "full stop").
  const stopped = end === at + 1 && (tokens[at] as Token).folded === STOPPED;
  let gone = false;
  for (let i = at; i < end; i++) if ((tokens[i] as Token).folded === GONE) gone = true;
  if (!gone && !stopped) return false;
  const from = Math.max(inside ? clause.from : clause.to, at - GONE_REACH);
  let start = at;
  // "my heel went numb but thats gone", "... and it's gone now": a "but" or an "and" ends
  // what the "gone" is said of, as a mark does.
  while (
    start > from &&
    !(tokens[start - 1] as Token).punctuation &&
    !BOUNDS.has(lexicon.longestAt(tokens, start - 1)?.concept.type ?? "")
  )
    start--;
  if (stopped) return !stoppedSign(clause, inside, start, at, tokens, lexicon);
  // "the numbness in my heel has gone", "plantar fasciitis in 2022 fully gone": a sign named.
  if (
    inside &&
    clause.mentions.some((m) => SIGNS.has(m.concept.type) && m.to > start && m.from < at)
  )
    return false;
  for (let i = start; i < at; i++) {
    const t = tokens[i] as Token;
    // "..., and the numbness in my | heel has gone": a site is where the sign was.
    if (inside && inSite(clause, i)) continue;
    if (
      !lexicon.fillers.has(t.stem) &&
      !words.pointers.has(t.folded) &&
      !words.answerWords.has(t.folded)
    )
      return true;
  }
  return false;
}

/**
 * Whether a "stopped" at token `at` is said of a sign: looking back to `start` (where its
 * part of the clause begins), a sign the clause names or a pointer comes before the runner
 * does ("the tingling in my heel finally stopped", "it stopped"; not "my heel went numb so I
 * stopped", nor a bare "Stopped." after a sign: the runner may have stopped running, and a
 * sign not said over stands). One look per token back to `start`.
 */
function stoppedSign(
  clause: Clause,
  inside: boolean,
  start: number,
  at: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const words = lexicon.frames;
  for (let i = at - 1; i >= start; i--) {
    const t = tokens[i] as Token;
    if (words.selves.has(t.folded)) return false;
    if (words.pointers.has(t.folded)) return true;
    if (inside && clause.mentions.some((m) => SIGNS.has(m.concept.type) && m.from <= i && i < m.to))
      return true;
  }
  return false;
}

/** Concept types that end what a "gone" is said of: a list word ("and") or a scope break ("but"). */
const BOUNDS: ReadonlySet<string> = new Set(["LIST", "BREAK"]);
