import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/** How far back a feeling's phrase may start and still run through a "gone" ("walk has gone funny"). */
const FEELING_LOOKBACK = 4;

/**
 * Whether a phrase saying a sign is over starts at token `at` (ending before `until`), no
 * feeling or timing phrase runs through it and no feeling follows it past fillers and sites: "heel has gone to
 * sleep", "my walk has gone funny" and "heel is gone numb" say a sign, not its end, while
 * "swelling went down overnight" ends one. At most FEELING_LOOKBACK + the phrase's length
 * phrase lookups.
 */
export function resolvedAt(
  tokens: readonly Token[],
  at: number,
  until: number,
  lexicon: Lexicon,
): boolean {
  const end = lexicon.frames.resolved.endAt(tokens, at, until);
  if (end < 0) return false;
  for (let i = Math.max(0, at - FEELING_LOOKBACK); i < end; i++) {
    const m = lexicon.longestAt(tokens, i, until);
    const type = m?.concept.type;
    if (m !== null && m.to > end && (type === "FEELING" || type === "TIMING")) return false;
  }
  // "today I can feel my heel tingling" says a sign: the next word past fillers and sites
  // is no feeling.
  let next = end;
  while (next < until) {
    const t = tokens[next] as Token;
    const site = lexicon.longestAt(tokens, next, until);
    if (site?.concept.type === "SITE") next = site.to;
    else if (lexicon.fillers.has(t.stem)) next++;
    else break;
  }
  return next >= until || lexicon.longestAt(tokens, next, until)?.concept.type !== "FEELING";
}
