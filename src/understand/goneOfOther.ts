import { inSite } from "./inSite.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import { SIGNS } from "./signsOver.js";
import type { Token } from "./types.js";

/** Most words looked back from a "gone" for what it is said of (a clause's subject is near). */
export const GONE_REACH = 12;

/**
 * Whether the "gone" of the `resolved` words at token `at` is said of something that is not a
 * sign: between it and the start of its clause (inside), or the mark, "and" or "but" before it
 * (after a clause), no sign the clause names and a word that is neither a filler, a pointer
 * ("it", "that"), an answer word ("nope") nor a site ("motivation gone", "my mates had gone",
 * "the bus has gone"; not "puffiness gone", "numbness has gone", "it's gone", "..., gone
 * now"). Only `resolved` words holding "gone": the others ("fine now", "cleared up") are kept
 * as they were. At most GONE_REACH looks back, a few mentions each.
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
  let gone = false;
  for (let i = at; i < end; i++) if ((tokens[i] as Token).folded === "gone") gone = true;
  if (!gone) return false;
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

/** Concept types that end what a "gone" is said of: a list word ("and") or a scope break ("but"). */
const BOUNDS: ReadonlySet<string> = new Set(["LIST", "BREAK"]);
