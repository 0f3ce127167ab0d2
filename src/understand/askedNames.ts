import type { Lexicon } from "./Lexicon.js";
import { opensQuestion } from "./questionStart.js";
import type { Clause, ClauseMention } from "./readClauses.js";
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

/** Timings that say how long a sign has lasted: a clause saying one is a complaint. */
const LASTING: ReadonlySet<string> = new Set(["weeks", "not-improving", "constant"]);

/**
 * Whether a clause asks about what is felt as a subject, naming no one's body: a topic word
 * (the first at token `topicAt`, -1 for none) before every feeling and timing it says, at
 * least one feeling, and no first-person word (`firstPerson`: the clause's cue) nor a word
 * pointing back at a part named before ("what causes heel pain", "why do heels hurt after
 * running"; not "why does my heel hurt", "why does it hurt after runs"). The topic word starts
 * the clause, or the clause ends in a question mark (`question`): "my hip is what hurts" asks
 * nothing. A clause saying how long it has lasted or that it goes on (`ongoing`: "still",
 * "been"; a weeks, not-improving or constant timing; a number of weeks) is a complaint ("how
 * come heel pain won't go away", "why is heel pain not improving after 3 weeks"). One look
 * per mention and per token of the clause.
 */
export function asksAboutSigns(
  clause: Clause,
  topicAt: number,
  cue: { readonly firstPerson: boolean; readonly asked: boolean; readonly ongoing: boolean },
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  if (cue.firstPerson || (cue.ongoing && saysOngoing(clause, tokens, lexicon))) return false;
  if (clause.quantities.some((q) => q.quantity.measure === "weeks")) return false;
  const start = tokens[clause.from]?.punctuation ? clause.from + 1 : clause.from;
  // "do you need to see a doctor for heel pain?", "do heels hurt from running on sand": a
  // clause opening as a question asks from its first word.
  const from = topicAt >= 0 ? topicAt : opensAsking(tokens, start, clause.to, lexicon) ? start : -1;
  if (from < 0 || (from !== start && !cue.asked)) return false;
  let felt = false;
  for (const m of clause.mentions as readonly ClauseMention[]) {
    const type = m.concept.type;
    if (type !== "FEELING" && type !== "TIMING") continue;
    if (m.from < from || (type === "TIMING" && LASTING.has(m.concept.id))) return false;
    if (type === "FEELING") felt = true;
  }
  if (!felt) return false;
  for (let i = from; i < clause.to; i++)
    if (lexicon.frames.pointers.has((tokens[i] as Token).stem)) return false;
  return true;
}

/**
 * Whether the words from token `at` open a question (see opensQuestion), or a `questionLeads`
 * word before a site ("do heels hurt from running on sand", "can ankles swell after a race"):
 * a question of a body part in general, never a report ("had heel pain" is no question word).
 */
function opensAsking(tokens: readonly Token[], at: number, until: number, lexicon: Lexicon) {
  const lead = tokens[at];
  if (opensQuestion(tokens, at, until, lexicon)) return true;
  return (
    lead !== undefined &&
    lexicon.frames.questionLeads.has(lead.folded) &&
    lexicon.longestAt(tokens, at + 1, until)?.concept.type === "SITE"
  );
}

/**
 * Whether a clause says a sign goes on by an `ongoing` word, but one right before a site or a
 * feeling ("see a doctor for heel pain" says no time). One look per token of the clause.
 */
function saysOngoing(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    if (!lexicon.frames.ongoing.has((tokens[i] as Token).stem)) continue;
    if (clause.mentions.some((m) => m.concept.type === "SITE" && m.from <= i && i < m.to)) continue;
    const next = lexicon.longestAt(tokens, i + 1, clause.to)?.concept.type;
    if (next !== "SITE" && next !== "FEELING") return true;
  }
  return false;
}
