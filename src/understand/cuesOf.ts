import { goneOfOther } from "./goneOfOther.js";
import { inSite } from "./inSite.js";
import type { Lexicon } from "./Lexicon.js";
import { opensQuestion } from "./questionStart.js";
import type { Clause } from "./readClauses.js";
import { asksGoneAway, endsClauseAt, endsNoSign, resolvedAt } from "./resolvedAt.js";
import type { Token } from "./types.js";
import { negatedBefore } from "./verbalNegation.js";

/** What the words of one clause (and the gap after it) say of its frame. */
export interface Cues {
  pastTime: boolean;
  pastVerb: boolean;
  ongoing: boolean;
  firstPerson: boolean;
  hedged: boolean;
  /** Where the first word asking about a subject is ("what causes", vocabulary `topics`), else -1. */
  topicAt: number;
  /**
   * The clause says a sign is back ("came back", vocabulary `returning`) and nothing after
   * says it is over, or it names the sign right before ("the numbness came back and has
   * been fine since": the numbness is back whatever follows).
   */
  returning: boolean;
  /** The sign said back is named right before its `returning` word (see namedBack). */
  returnNamed: boolean;
  /** The token after the first "used to", or -1. */
  leadEnd: number;
  /** An `earlierTimes` phrase in the clause ("yesterday", "on tuesday"): a later "fine" ends its signs. */
  earlier: boolean;
  /** A "gone now" inside the clause, and where the first one's words are (else -1, -1). */
  resolvedHere: boolean;
  resolvedSpan: readonly [number, number];
  /** A "gone now" after the clause, before the next one. */
  resolvedAfter: boolean;
  /** A "fine now" anywhere after the clause's start, in it or later. */
  resolvedLater: boolean;
  /** The clause starts by saying what is left ("just sore now": vocabulary `remaining`). */
  remaining: boolean;
  /** The clause ends in a question mark. */
  asked: boolean;
  /** The clause asks whether a sign went away or changed ("has the numbness gone?"). */
  goneAway: boolean;
  /** An "it hasn't happened" ending a sentence in the clause or after it, before the next one. */
  unhappened: boolean;
  /** Such an answer that is not only an echo ("hasn't happened", not "it hasn't"). */
  happeningDenied: boolean;
  /** An "it hasn't happened" ending a sentence in or after the clause, anywhere later. */
  unhappenedLater: boolean;
  /** Such an answer, not only an echo of the question's verb ("it hasn't"), anywhere later. */
  happeningDeniedLater: boolean;
  /** A product ("shoe") in the clause, and a word asking to choose one ("which"). */
  product: boolean;
  choice: boolean;
}

/** The cues of each clause, from one pass over the tokens (a gap counts for the clause before). */
export function cuesOf(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Cues[] {
  const words = lexicon.frames;
  const cues: Cues[] = clauses.map((clause) => ({
    pastTime: false,
    pastVerb: false,
    ongoing: false,
    firstPerson: false,
    // "runners foot?": a clause ending in a question mark asks, and so does one opening as a
    // question ("does this sound like plantar fasciitis", "is plantar fasciitis serious").
    hedged: tokens[clause.to]?.folded === "?" || opensAsked(clause, tokens, lexicon),
    topicAt: -1,
    returning: false,
    returnNamed: false,
    leadEnd: -1,
    earlier: false,
    resolvedHere: false,
    resolvedSpan: [-1, -1],
    resolvedAfter: false,
    resolvedLater: false,
    asked: tokens[clause.to]?.folded === "?",
    remaining: false,
    goneAway:
      tokens[clause.to]?.folded === "?" && asksGoneAway(tokens, clause.from, clause.to, lexicon),
    unhappened: false,
    unhappenedLater: false,
    happeningDenied: false,
    happeningDeniedLater: false,
    product: false,
    choice: false,
  }));
  // A "fine now" in a question or beside an "otherwise" ends no sign.
  const none = endsNoSign(tokens, lexicon);
  // Where the last regained or resolved phrase read ends: a "came back" inside one ("the
  // feeling came back") is the feeling regained, not a sign come back; after a feeling word
  // ("the tingling feeling came back") it is the sign back.
  let regainedTo = -1;
  let k = -1;
  for (let at = 0; at < tokens.length; at++) {
    while (k + 1 < clauses.length && (clauses[k + 1] as Clause).from <= at) k++;
    const c = cues[k];
    if (c === undefined) continue;
    const t = tokens[at] as Token;
    if (!words.starts.has(t.stem)) continue;
    const clause = clauses[k] as Clause;
    const inside = at < clause.to;
    const end = words.unhappened.endAt(tokens, at, tokens.length);
    if (end > 0 && (tokens[end]?.punctuation ?? true)) {
      c.unhappened = true;
      if (words.echoes.endAt(tokens, at, end) < end) c.happeningDenied = true;
    }
    // "today I can" ends what was lost only where a clause ends (a mark or a "but").
    const back = none[at] === true ? -1 : words.regained.endAt(tokens, at, tokens.length);
    const reach = Math.max(back, words.resolved.endAt(tokens, at, tokens.length));
    if (
      reach > regainedTo &&
      (at === 0 || lexicon.longestAt(tokens, at - 1)?.concept.type !== "FEELING")
    )
      regainedTo = reach;
    const backAgain = at >= regainedTo;
    const regained =
      back > 0 &&
      ((tokens[back]?.punctuation ?? true) ||
        lexicon.longestAt(tokens, back)?.concept.type === "BREAK");
    // "fine today" ends only a sign said with a past verb or time ("was numb yesterday, ...");
    // so does a clause saying no sign right after one said so or at an earlier time ("heel
    // numb yesterday, today gone", "went numb last night, fine this morning").
    const ends =
      none[at] !== true &&
      resolvedAt(tokens, at, tokens.length, lexicon) &&
      (c.pastVerb ||
        c.pastTime ||
        c.earlier ||
        (inside && k > 0 && saysNoSign(clause) && pastBefore(cues[k - 1])) ||
        words.resolvedToday.endAt(tokens, at, tokens.length) <
          words.resolved.endAt(tokens, at, tokens.length)) &&
      // "the swelling isn't there" ends it; "... isn't there all the time" does not.
      (words.resolvedAtEnd.endAt(tokens, at, tokens.length) <
        words.resolved.endAt(tokens, at, tokens.length) ||
        endsClauseAt(tokens, words.resolved.endAt(tokens, at, tokens.length), lexicon)) &&
      // "motivation gone", "the bus has gone": a "gone" said of something else ends no sign.
      !goneOfOther(clause, inside, at, tokens, lexicon);
    if (!inside) {
      // Words read as nothing after a clause speak of it ("heel was numb, a while back").
      if (regained || ends) c.resolvedAfter = true;
      // "had plantar fasciitis last year, it came back": back after the clause, said of it.
      if (
        backAgain &&
        returnsAt(tokens, at, tokens.length, lexicon) &&
        !negatedBefore(tokens, at, words)
      )
        c.returning = true;
      if (words.pastTimes.endAt(tokens, at, tokens.length) > 0 || pastYear(tokens, at, lexicon))
        c.pastTime = true;
      // "... sore. Mine just feels tight": the runner named before a clause starts is its own.
      const next = cues[k + 1];
      if (next !== undefined && words.speaksOfSelf(tokens, at)) next.firstPerson = true;
      continue;
    }
    if (at === clause.from && words.remaining.endAt(tokens, at, clause.to) > 0) c.remaining = true;
    if (words.pastVerbs.has(t.stem)) c.pastVerb = true;
    // "back" in "the back of my heel" names a part, not a sign come back.
    if (words.ongoing.has(t.stem) && !inSite(clause, at)) c.ongoing = true;
    // "..., it is swollen and my heel is numb": a last "my" is the next clause's ("my heel").
    // "I think it is swollen": an aside's "I" hedges, it names no body.
    if (words.speaksOfSelf(tokens, at)) {
      const next = cues[k + 1];
      if (at + 1 === clause.to && next !== undefined && clauses[k + 1]?.from === clause.to)
        next.firstPerson = true;
      else c.firstPerson = true;
    }
    if (words.products.has(t.stem)) c.product = true;
    // A choice word asks when it starts the clause or the clause ends in a question mark.
    if ((at === clause.from || c.hedged) && words.choices.endAt(tokens, at, clause.to) > 0)
      c.choice = true;
    if (words.pastTimes.endAt(tokens, at, clause.to) > 0 || pastYear(tokens, at, lexicon))
      c.pastTime = true;
    if (words.earlierTimes.endAt(tokens, at, clause.to) > 0) c.earlier = true;
    if (words.hedges.endAt(tokens, at, clause.to) > 0) c.hedged = true;
    if (c.topicAt < 0 && words.topics.endAt(tokens, at, clause.to) > 0) c.topicAt = at;
    // "it went down and never came back": not back.
    if (
      backAgain &&
      returnsAt(tokens, at, clause.to, lexicon) &&
      !negatedBefore(tokens, at, words)
    ) {
      c.returning = true;
      if (namedBack(clause, at, tokens, lexicon)) c.returnNamed = true;
    }
    // It may run on past a scope break that ends the clause ("pain gone since new shoes").
    // "it came back and has been fine since": what is said last is how it is now (not
    // "the numbness came back and ...": the sign named back is there).
    if ((regained || ends) && !c.returnNamed) c.returning = false;
    if ((regained || ends) && !c.resolvedHere) {
      c.resolvedHere = true;
      c.resolvedSpan = [at, regained ? back : words.resolved.endAt(tokens, at, tokens.length)];
    }
    const lead = words.pastLeads.endAt(tokens, at, clause.to);
    if (lead > 0 && c.leadEnd < 0) c.leadEnd = lead;
  }
  // Each clause learns of a "fine now" in it or after it, in one pass back.
  let later = false;
  let unhappened = false;
  let happening = false;
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i] as Cues;
    later ||= c.resolvedHere || c.resolvedAfter;
    c.resolvedLater = later;
    unhappened ||= c.unhappened;
    c.unhappenedLater = unhappened;
    happening ||= c.happeningDenied;
    c.happeningDeniedLater = happening;
  }
  return cues;
}

/** Whether the clause names no site and no feeling: it can only say how what came before is. */
/**
 * Whether a `returning` phrase starts at token `at` (ending before `until`) and no `resolved`
 * phrase starting inside it runs past it: "it's back to normal" says a sign is over, not back
 * ("its back" is held by "back to normal"). At most one phrase lookup per word of the phrase.
 */
function returnsAt(tokens: readonly Token[], at: number, until: number, lexicon: Lexicon): boolean {
  const words = lexicon.frames;
  const end = words.returning.endAt(tokens, at, until);
  if (end < 0) return false;
  for (let k = at + 1; k < end; k++) if (words.resolved.endAt(tokens, k, until) > end) return false;
  return true;
}

function saysNoSign(clause: Clause): boolean {
  return !clause.mentions.some((m) => m.concept.type === "SITE" || m.concept.type === "FEELING");
}

/** Whether cues say their clause's signs were then: a past verb, a past or an earlier time. */
function pastBefore(c: Cues | undefined): boolean {
  return c !== undefined && (c.pastVerb || c.pastTime || c.earlier);
}

/** The earliest and latest years read as a year after a `yearLeads` word ("in 2022"). */
export const YEARS = { first: 1900, last: 2099 } as const;

/**
 * Whether token `at` is a `yearLeads` word ("in", "during") before a year written in four
 * digits, from YEARS.first to YEARS.last ("had plantar fasciitis in 2022"): a past time.
 * Two looks.
 */
function pastYear(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const year = tokens[at + 1];
  return (
    lexicon.frames.yearLeads.has((tokens[at] as Token).stem) &&
    year !== undefined &&
    year.number !== null &&
    year.folded.length === 4 &&
    year.number >= YEARS.first &&
    year.number <= YEARS.last
  );
}

/** What may be named as back: what is felt and a name. */
const BACK: ReadonlySet<string> = new Set(["FEELING", "MENTION"]);

/**
 * Whether a sign the clause says ends right before token `at`, past fillers, sites and the
 * words leading a site ("the numbness came back", "the numbness in my heel came back"; not
 * "it came back": the feeling is back). At most one look per token of the clause.
 */
function namedBack(clause: Clause, at: number, tokens: readonly Token[], lexicon: Lexicon) {
  let i = at;
  while (i > clause.from) {
    const site = clause.mentions.find((m) => m.concept.type === "SITE" && m.to === i);
    const t = tokens[i - 1] as Token;
    if (site !== undefined) i = site.from;
    else if (lexicon.fillers.has(t.stem) || lexicon.frames.siteLeads.has(t.folded)) i--;
    else break;
  }
  return clause.mentions.some((m) => BACK.has(m.concept.type) && m.to === i);
}

/** Whether a clause opens as a question, past a mark it starts with (see opensQuestion). */
function opensAsked(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const start = tokens[clause.from]?.punctuation ? clause.from + 1 : clause.from;
  return opensQuestion(tokens, start, clause.to, lexicon);
}
