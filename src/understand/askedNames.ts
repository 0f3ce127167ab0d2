import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
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
