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

/** Folded tokens that end a sentence. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "!", "?", "\n"]);

/**
 * For each token, whether a `resolved` word there ends no sign whatever it says: its
 * sentence is a question (the next sentence end is "?": "has the swelling gone down?") or
 * says the rest is fine ("my heel is numb but otherwise fine today": vocabulary
 * `otherwise`). Two passes over the tokens.
 */
export function endsNoSign(tokens: readonly Token[], lexicon: Lexicon): boolean[] {
  const words = lexicon.frames;
  const none: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let from = 0;
  let otherwise = false;
  for (let at = 0; at <= tokens.length; at++) {
    const folded = tokens[at]?.folded;
    if (at < tokens.length && !SENTENCE_ENDS.has(folded as string)) {
      if (!otherwise && words.otherwise.endAt(tokens, at, tokens.length) > 0) otherwise = true;
      continue;
    }
    const asked = folded === "?";
    if (asked || otherwise) for (let i = from; i < at; i++) none[i] = true;
    from = at + 1;
    otherwise = false;
  }
  return none;
}

/**
 * Whether the tokens from `from` to `until` ask whether a sign went away or changed (a
 * `goingAway` word not before a state word: "has the numbness gone?", "has my heel stopped
 * tingling?", not "did my heel go numb?").
 */
export function asksGoneAway(
  tokens: readonly Token[],
  from: number,
  until: number,
  lexicon: Lexicon,
): boolean {
  for (let at = from; at < until; at++) {
    const end = lexicon.frames.goingAway.endAt(tokens, at, until);
    if (end < 0) continue;
    let next = end;
    while (next < until && lexicon.fillers.has((tokens[next] as Token).stem)) next++;
    if (next >= until || !lexicon.frames.states.has((tokens[next] as Token).folded)) return true;
  }
  return false;
}
