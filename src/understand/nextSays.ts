import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import { SIGNS } from "./signsOver.js";
import type { Token } from "./types.js";

/**
 * Whether the clause after clause `i` says a sign of its own ("never came back" says none);
 * given the tokens, a sign's return said before its end is none ("..., but it came back and
 * has been fine since": feeling came back, and all is fine); a time inside the next clause's
 * own "fine" phrase (`over`, its resolvedSpan: "..., fine this morning"), or right before
 * it, fillers and pointers between ("... This morning that's all gone"), says when it is fine,
 * no sign.
 */
export function nextSays(
  clauses: readonly Clause[],
  i: number,
  tokens?: readonly Token[],
  lexicon?: Lexicon,
  over?: readonly [number, number],
): boolean {
  return (clauses[i + 1] as Clause).mentions.some(
    (m) =>
      !m.negated &&
      SIGNS.has(m.concept.type) &&
      !(
        over !== undefined &&
        m.concept.type === "TIMING" &&
        ((m.from >= over[0] && m.to <= over[1]) || leadsInto(m.to, over[0], tokens, lexicon))
      ) &&
      !(
        tokens !== undefined &&
        lexicon !== undefined &&
        lexicon.frames.returning.endAt(tokens, m.from, m.to) === m.to
      ),
  );
}

/** Whether only fillers, pointers and marks lie from token `from` to `to` (a time leading into "that's gone"). */
function leadsInto(
  from: number,
  to: number,
  tokens: readonly Token[] | undefined,
  lexicon: Lexicon | undefined,
): boolean {
  if (tokens === undefined || lexicon === undefined || from > to) return false;
  for (let at = from; at < to; at++) {
    const t = tokens[at] as Token;
    if (t.punctuation || lexicon.fillers.has(t.stem) || lexicon.frames.pointers.has(t.stem))
      continue;
    return false;
  }
  return true;
}
