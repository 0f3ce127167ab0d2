import type { Lexicon } from "./Lexicon.js";
import { opensQuestion } from "./questionStart.js";
import type { Token } from "./types.js";
import { negatedBefore } from "./verbalNegation.js";

/** How far back a feeling's phrase may start and still run through a "gone" ("walk has gone funny"). */
const FEELING_LOOKBACK = 4;

/**
 * Whether a phrase saying a sign is over starts at token `at` (ending before `until`), no
 * feeling or timing phrase runs through it (or holds it, from before it: "the feeling has
 * gone" is numbness) and no feeling follows it past fillers and sites: "heel has gone to
 * sleep", "my walk has gone funny" and "heel is gone numb" say a sign, not its end, while
 * "swelling went down overnight" ends one; a phrase denied ends none (see deniedOver: "the
 * swelling hasn't really gone down", "it hasn't been good since": still there), nor one
 * saying the sign spreads or lasts (vocabulary `spreading`: "that's gone to my toes", "has
 * gone on for days"). At most FEELING_LOOKBACK + COVER_REACH * (OVER_DENIAL_REACH + 2) + the
 * phrase's length phrase lookups.
 */
export function resolvedAt(
  tokens: readonly Token[],
  at: number,
  until: number,
  lexicon: Lexicon,
): boolean {
  const end = lexicon.frames.resolved.endAt(tokens, at, until);
  if (end < 0) return false;
  if (deniedOver(tokens, at, end, until, lexicon)) return false;
  // "thats gone to my toes", "went down my leg": it spreads.
  const spreading = lexicon.frames.spreading;
  if (spreading.endAt(tokens, at, until) > end || spreading.endAt(tokens, end, until) > 0)
    return false;
  if (partlyBeside(tokens, at, end, until, lexicon)) return false;
  // A feeling phrase holding the whole phrase says a sign too ("the feeling has gone": numb).
  for (let i = Math.max(0, at - FEELING_LOOKBACK); i < end; i++) {
    const m = lexicon.longestAt(tokens, i, until);
    const type = m?.concept.type;
    const through = m !== null && (m.to > end || (m.from < at && m.to === end));
    if (through && (type === "FEELING" || type === "TIMING")) return false;
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

/** Most tokens before a `resolved` phrase where a longer one holding it may start ("been good since" holds "good since"). */
const COVER_REACH = 3;

/** Most words of an `overDenials` phrase looked for right before a `resolved` one ("nothing has been"). */
const OVER_DENIAL_REACH = 3;

/**
 * Whether the `resolved` phrase from token `at` to `end`, or a longer one holding it that
 * starts at most COVER_REACH tokens before, is denied: right after a verbal negation past a
 * few adverbs ("the swelling hasn't really gone down", "never stops aching", "it hasn't
 * really been good since"), or right after an `overDenials` phrase ("i have not felt good
 * since", "nothing has been fine since", "far from fine since"). An answer word is no such
 * negation: "my heel numbness, nope all gone" is over. At most COVER_REACH + 1 times
 * OVER_DENIAL_REACH + 1 phrase lookups.
 */
function deniedOver(
  tokens: readonly Token[],
  at: number,
  end: number,
  until: number,
  lexicon: Lexicon,
): boolean {
  const words = lexicon.frames;
  for (let k = at; k >= 0 && k >= at - COVER_REACH; k--) {
    if (k < at && words.resolved.endAt(tokens, k, until) < end) continue;
    if (negatedBefore(tokens, k, words)) return true;
    for (let j = Math.max(0, k - OVER_DENIAL_REACH); j < k; j++)
      if (words.overDenials.endAt(tokens, j, k) === k) return true;
  }
  return false;
}

/** Most words of a `partly` phrase looked for right before a `resolved` one ("a little bit"). */
const PARTLY_REACH = 3;

/**
 * Whether a `resolved` phrase from token `at` to `end` says its sign is only partly over: a
 * `partly` phrase ends right before it ("has slightly gone down", "almost gone now"), or one
 * follows it in its clause, before a mark or a scope break ("the swelling has gone down a
 * bit", "... a bit, still sore", "gone down a bit overnight", "went down by half after
 * icing"), but one that is a span of time (not "went away a little while ago": spanAt). At
 * most PARTLY_REACH + 4 looks per token up to the clause's end.
 */
function partlyBeside(
  tokens: readonly Token[],
  at: number,
  end: number,
  until: number,
  lexicon: Lexicon,
): boolean {
  const partly = lexicon.frames.partly;
  for (let k = Math.max(0, at - PARTLY_REACH); k < at; k++)
    if (partly.endAt(tokens, k, at) === at) return true;
  for (let i = end; i < until; i++) {
    const after = partly.endAt(tokens, i, until);
    if (after > 0 && !spanAt(tokens, after, lexicon)) return true;
    if ((tokens[i] as Token).punctuation || lexicon.longestAt(tokens, i)?.concept.type === "BREAK")
      return false;
  }
  return false;
}

/**
 * Whether a `spans` word at token `at` makes the `partly` phrase before it a span of time:
 * it ends its clause or another `spans` word follows ("went away a little while ago", "a bit
 * later"; not "went down a bit while I rested"). Two looks.
 */
function spanAt(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const spans = lexicon.frames.spans;
  if (!spans.has(tokens[at]?.folded ?? "")) return false;
  const next = tokens[at + 1];
  return next === undefined || next.punctuation || spans.has(next.folded);
}

/**
 * For each token, whether a `resolved` word there ends no sign whatever it says: its part
 * (up to the next punctuation) is a question, ending in a question mark ("has the swelling
 * gone down?", "..., ok today?") or opening as one ("when will my heel stop hurting",
 * "why won't the swelling go down": see opensQuestion), or says the rest is fine, or follows a part saying only that ("my heel is numb
 * but otherwise fine today", "..., other than that, fine today": vocabulary `otherwise`).
 * One pass over the tokens.
 */
export function endsNoSign(tokens: readonly Token[], lexicon: Lexicon): boolean[] {
  const words = lexicon.frames;
  const none: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let from = 0;
  // The part has an "otherwise"; it has nothing else but fillers; the part before was one.
  let otherwise = false;
  let only = true;
  let before = false;
  // The part opens as a question ("when will my heel stop hurting").
  let question = opensQuestion(tokens, 0, tokens.length, lexicon);
  for (let at = 0; at <= tokens.length; ) {
    const t = tokens[at];
    if (t !== undefined && !t.punctuation) {
      const end = words.otherwise.endAt(tokens, at, tokens.length);
      if (end > 0) otherwise = true;
      else if (!lexicon.fillers.has(t.stem)) only = false;
      at = Math.max(end, at + 1);
      continue;
    }
    if (t?.folded === "?" || question || otherwise || before)
      for (let i = from; i < at; i++) none[i] = true;
    before = otherwise && only;
    from = at + 1;
    question = opensQuestion(tokens, from, tokens.length, lexicon);
    otherwise = false;
    only = true;
    at++;
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

/** Most words of a span of time said before its end word ("a couple of days ago") that a clause's end may run past. */
export const SPAN_REACH = 6;

/**
 * Whether a clause ends at token `at`, past fillers and a span of time ending in a `spans`
 * word ("stopped a few days ago.", "gone a while ago, still sore") or an `earlierTimes`
 * phrase ("stopped yesterday"): the end, a mark or a scope break ("but"). The span's words
 * name no site or feeling and not the runner ("stopped me running two days ago" does not
 * end there). At most SPAN_REACH + 2 phrase lookups.
 */
export function endsClauseAt(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const words = lexicon.frames;
  let next = pastFillers(tokens, at, lexicon);
  const earlier = words.earlierTimes.endAt(tokens, next, tokens.length);
  if (earlier > 0) next = pastFillers(tokens, earlier, lexicon);
  else
    for (let k = next; k < tokens.length && k < next + SPAN_REACH; k++) {
      const t = tokens[k] as Token;
      const type = lexicon.longestAt(tokens, k)?.concept.type;
      if (t.punctuation || type === "SITE" || type === "FEELING" || words.firstPerson.has(t.folded))
        break;
      if (words.spans.has(t.folded) && k > next) {
        next = pastFillers(tokens, k + 1, lexicon);
        break;
      }
    }
  const t = tokens[next];
  return (
    t === undefined || t.punctuation || lexicon.longestAt(tokens, next)?.concept.type === "BREAK"
  );
}

/** The first token from `at` that is no filler. */
function pastFillers(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  let next = at;
  while (next < tokens.length && lexicon.fillers.has((tokens[next] as Token).stem)) next++;
  return next;
}
