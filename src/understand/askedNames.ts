import type { Cues } from "./cuesOf.js";
import type { Lexicon } from "./Lexicon.js";
import { opensQuestion } from "./questionStart.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { reportsAfterCondition } from "./reportsAfterCondition.js";
import { owned } from "./runnersOwn.js";
import type { Token } from "./types.js";

// Whether the names a clause says are only asked about (frameClauses: its `hedged`).

/**
 * Whether a hedged clause (a hedge word, or a question mark ending it) hedges a name: it names
 * one, and none the runner calls their own ("is it my plantar fasciitis?" reports it).
 */
export function hedgesName(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  let name = false;
  for (const m of clause.mentions) {
    if (m.concept.type !== "MENTION") continue;
    if (owned(m, tokens, lexicon)) return false;
    name = true;
  }
  return name;
}

/**
 * Whether a clause only asks about the names it says as a subject: a topic word (vocabulary
 * `topics`, the first at token `topicAt`, -1 for none) before them ("what causes runner's
 * ankle", "how to prevent plantar fasciitis") and none of them the runner's own, by "my" or a
 * having word right before it ("how do I treat my plantar fasciitis", "what helps when you
 * have plantar fasciitis"). One look per mention.
 */
export function asksAbout(
  clause: Clause,
  topicAt: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  if (topicAt < 0) return false;
  let name = false;
  for (const m of clause.mentions) {
    if (m.concept.type !== "MENTION") continue;
    const before = tokens[m.from - 1];
    if (m.from < topicAt || owned(m, tokens, lexicon)) return false;
    if (before !== undefined && lexicon.frames.having.has(before.stem)) return false;
    name = true;
  }
  return name;
}

/** What asksAboutSigns reads of a clause's cues (see cuesOf). */
type ClauseCue = Pick<Cues, "firstPerson" | "asked" | "ongoing">;

/** Timings that say how long a sign has lasted: a clause saying one is a complaint. */
export const LASTING: ReadonlySet<string> = new Set(["weeks", "not-improving", "constant"]);

/**
 * Whether a clause asks about what is felt as a subject, naming no one's body: a topic word
 * (the first at token `topicAt`, -1 for none) before every feeling and timing it says, at
 * least one feeling, and no first-person word (`firstPerson`: the clause's cue) nor a word
 * pointing back at a part named before ("what causes heel pain", "why do heels hurt after
 * running"; not "why does my heel hurt", "why does it hurt after runs"). The topic word starts
 * the clause, or the clause ends in a question mark (`question`): "my hip is what hurts" asks
 * nothing. A clause saying how long it has lasted or that it goes on (`ongoing`: "still",
 * "been"; a weeks, not-improving or constant timing; a number of weeks) is a complaint ("how
 * come heel pain won't go away", "why is heel pain not improving after 3 weeks"); an
 * `askedTimes` word asks about any time instead ("is heel pain ever serious"). A clause ending
 * in a question mark asks from any question word it opens with ("can running cause achilles
 * pain?", "when should someone see a doctor about achilles pain?"). A question supposing what
 * is felt after a `conditionals` word ("should I stop running if my ankle hurts?", "what if my
 * heel goes numb") asks whoever's body it names, when nothing is felt before that word, unless
 * the runner says their present state right after it ("... if I can't put weight on my ankle",
 * "... if my ankle is swollen": see reportsAfterCondition), a complaint then. A
 * body named as another person's ("her heel", "my buddy's ankle") is a complaint, as the
 * product decision reads it. One look per mention and per token of the clause.
 */
export function asksAboutSigns(
  clause: Clause,
  topicAt: number,
  cue: ClauseCue,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  return generalQuestion(clause, topicAt, cue, tokens, lexicon) === "FELT";
}

/**
 * Whether a clause is a question about a problem in general, as asksAboutSigns reads it: null
 * when it is not, "FELT" when it asks about what is felt, "NOTHING_FELT" when it says no
 * feeling ("can you get plantar fasciitis from running too much?": its factors are only asked
 * about too). One look per mention and per token of the clause.
 */
export function generalQuestion(
  clause: Clause,
  topicAt: number,
  cue: ClauseCue,
  tokens: readonly Token[],
  lexicon: Lexicon,
): "FELT" | "NOTHING_FELT" | null {
  if (cue.ongoing && saysOngoing(clause, tokens, lexicon)) return null;
  if (clause.quantities.some((q) => q.quantity.measure === "weeks")) return null;
  const start = tokens[clause.from]?.punctuation ? clause.from + 1 : clause.from;
  // "do you need to see a doctor for heel pain?", "do heels hurt from running on sand": a
  // clause opening as a question asks from its first word.
  const opens = opensAsking(tokens, start, clause.to, cue.asked, lexicon);
  const from = topicAt >= 0 ? topicAt : opens ? start : -1;
  // "should I stop running if my ankle hurts?": a question's condition is only supposed.
  const supposed = opens || cue.asked ? conditionAt(tokens, start, clause.to, lexicon) : -1;
  // "should I see a doctor if I can't put weight on my ankle": a present state is reported.
  if (supposed >= 0 && reportsAfterCondition(tokens, supposed, clause.to, lexicon)) return null;
  if (from < 0 || (from !== start && !cue.asked) || (cue.firstPerson && supposed < 0)) return null;
  let felt = false;
  for (const m of clause.mentions as readonly ClauseMention[]) {
    const type = m.concept.type;
    if (type !== "FEELING" && type !== "TIMING") continue;
    if (m.from < from || (type === "TIMING" && LASTING.has(m.concept.id))) return null;
    // "does my heel hurt if I run?": what is felt before the condition is said.
    if (cue.firstPerson && m.from < supposed) return null;
    if (type === "FEELING") felt = true;
  }
  // "is her heel pain serious?" asks of a body named: read as the complaint it is. An "it"
  // before the condition stands for the condition ("is it bad if your knee gives way",
  // "what does it mean if my ankle swells"): it points at nothing said before.
  const words = lexicon.frames;
  for (let i = from; i < clause.to; i++) {
    const t = tokens[i] as Token;
    // "is it normal for your heels to ache": an "it" before a word and "for your" points at
    // nothing, and "your" is anyone's ("is it normal for heels to ache" stays the runner's:
    // the earlier sets' writers label it a report).
    const dummy = tokens[i + 2]?.folded === "for" && tokens[i + 3]?.folded === "your";
    if ((words.pointers.has(t.stem) && i > supposed && !dummy) || words.owners.has(t.stem))
      return null;
    if (words.otherOwner(t)) return null;
  }
  return felt ? "FELT" : "NOTHING_FELT";
}

/**
 * Where the first `conditionals` word ("if") between tokens `from` and `until` is, else -1;
 * one ending an aside or a hedge asks whether ("how do I tell if"). A few looks per token.
 */
function conditionAt(tokens: readonly Token[], from: number, until: number, lexicon: Lexicon) {
  const words = lexicon.frames;
  for (let i = from; i < until; i++)
    if (words.conditionals.has((tokens[i] as Token).folded) && !endsAside(tokens, from, i, lexicon))
      return i;
  return -1;
}

/** Most words of an `asides` or `hedges` phrase ending at a conditional ("how do I tell if"). */
export const ASIDE_REACH = 5;

/**
 * Whether an `asides` or `hedges` phrase ends at token `at` ("how do I tell if ...", "I
 * wonder if ..."): its "if" asks whether, it supposes nothing. At most ASIDE_REACH looks.
 */
function endsAside(tokens: readonly Token[], from: number, at: number, lexicon: Lexicon) {
  const words = lexicon.frames;
  for (let j = Math.max(from, at - ASIDE_REACH + 1); j <= at; j++)
    if (
      words.asides.endAt(tokens, j, at + 1) === at + 1 ||
      words.hedges.endAt(tokens, j, at + 1) === at + 1
    )
      return true;
  return false;
}

/**
 * Whether the words from token `at` open a question (see opensQuestion), or a `questionLeads`
 * word before a site ("do heels hurt from running on sand", "can ankles swell after a race"):
 * a question of a body part in general, never a report ("had heel pain" is no question word;
 * a past verb only with a question mark: "did heel drills yesterday and heel is sore today"
 * reports), a factor or a gerund ("can running on concrete cause heel pain") or another
 * person ("should someone see a doctor about achilles pain"). Ending in a question mark (`asked`), a clause opening with any question word
 * (`questionOpeners`, `questionLeads`, `questionVerbs` but a side before a site said so: "r ankle
 * swollen?", `questionAuxiliaries`) asks ("can
 * running cause achilles pain?", "what if my heel goes numb?"); so does one opening with an
 * opener and a `conditionals` word ("what if my heel goes numb").
 */
function opensAsking(
  tokens: readonly Token[],
  at: number,
  until: number,
  asked: boolean,
  lexicon: Lexicon,
) {
  const words = lexicon.frames;
  const lead = tokens[at];
  if (lead === undefined) return false;
  if (opensQuestion(tokens, at, until, lexicon)) return true;
  const word = lead.folded;
  const opener = words.questionOpeners.has(word);
  if (opener && words.conditionals.has(tokens[at + 1]?.folded ?? "")) return true;
  const leads = words.questionLeads.has(word);
  const verb = words.questionVerbs.has(word) && !sideBeforeSite(tokens, at, until, lexicon);
  if (asked && (opener || leads || verb || words.questionAuxiliaries.has(word))) return true;
  // "can running on concrete cause heel pain", "should someone see a doctor about it".
  const subject = lexicon.longestAt(tokens, at + 1, until)?.concept.type;
  const next = tokens[at + 1];
  return (
    leads &&
    (asked || !words.pastVerbs.has(lead.stem)) &&
    (subject === "SITE" ||
      subject === "FACTOR" ||
      (next !== undefined && (words.otherWord(next) || gerund(next))))
  );
}

/**
 * Whether token `at` is a side word right before a site that a state word, a verbal negation
 * or a form of "to be" follows (`states`, `verbalNegations`, `questionVerbs`): "r ankle
 * swollen?", "r ankle cant bear weight?", "r heel is sore": "r" is the right side there, not
 * "are"; "r achilles pains serious??" and "r they serious?" ask. Two phrase look-ups.
 */
function sideBeforeSite(tokens: readonly Token[], at: number, until: number, lexicon: Lexicon) {
  const words = lexicon.frames;
  const side = lexicon.longestAt(tokens, at, until);
  if (side?.concept.type !== "SIDE") return false;
  const site = lexicon.longestAt(tokens, side.to, until);
  const next = tokens[site?.to ?? until];
  if (site?.concept.type !== "SITE" || next === undefined || site.to >= until) return false;
  const word = next.folded;
  return words.states.has(word) || words.verbalNegations.has(word) || words.questionVerbs.has(word);
}

/** Fewest letters of a word read as a gerund subject ("running", not "king"). */
export const GERUND_LENGTH = 6;

/** Whether a word reads as a gerund ("can running cause...", "does stretching help"). */
function gerund(t: Token): boolean {
  return t.folded.length >= GERUND_LENGTH && t.folded.endsWith("ing");
}

/**
 * Whether a clause says a sign goes on by an `ongoing` word, but one right before a site, a
 * feeling ("see a doctor for heel pain" says no time) or an `audiences` word ("how long does
 * heel pain last for runners?", "bad for your knees") or one only asking about any time
 * (`askedTimes`: "is heel pain ever serious"). One look per token of the clause.
 */
export function saysOngoing(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    const t = tokens[i] as Token;
    if (!lexicon.frames.ongoing.has(t.stem) || lexicon.frames.askedTimes.has(t.folded)) continue;
    if (clause.mentions.some((m) => m.concept.type === "SITE" && m.from <= i && i < m.to)) continue;
    const next = lexicon.longestAt(tokens, i + 1, clause.to)?.concept.type;
    // "how long does heel pain last for runners?": whom it is for, no time.
    const whom = lexicon.frames.audiences.has(tokens[i + 1]?.folded ?? "");
    if (next !== "SITE" && next !== "FEELING" && !whom) return true;
  }
  return false;
}
