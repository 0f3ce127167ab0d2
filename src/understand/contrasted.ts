import { clauseWith } from "./clauseShape.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/**
 * A clause that starts with a contrast ("just", "only": the vocabulary's `scopeBreaks`) and
 * names a site but nothing felt, right after a clause naming a site whose feelings are all
 * denied, reports those feelings at its site: "no knee pain, just my ankle on the inside"
 * is ankle pain ("no swelling, just my heel" names no site first, so it reports nothing).
 * Each such feeling is read on the words of the clause's first site. Any other clause is
 * returned as it is.
 */
export function contrasted(
  clause: Clause,
  previous: Clause | undefined,
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause {
  if (previous === undefined || clause.other || previous.other) return clause;
  if (lexicon.longestAt(tokens, clause.from)?.concept.type !== "BREAK") return clause;
  let site: ClauseMention | null = null;
  for (const m of clause.mentions) {
    if (m.concept.type === "FEELING") return clause;
    if (m.concept.type === "SITE" && !m.negated) site ??= m;
  }
  if (site === null) return clause;
  // "... but I haven't felt it since": a clause that denies reports nothing; the one before
  // must deny by a cue ("no"), not by being over ("used to"), and end right before it.
  if (denies(clause.from, clause.to, tokens, lexicon)) return clause;
  if (!denies(previous.from, previous.to, tokens, lexicon)) return clause;
  for (let i = previous.to; i < clause.from; i++) {
    const t = tokens[i] as Token;
    if (!t.punctuation && !lexicon.fillers.has(t.stem)) return clause;
  }
  const denied: ClauseMention[] = [];
  // A contrast of sites only: "no swelling, just my heel" says nothing is swollen.
  if (!previous.mentions.some((m) => m.concept.type === "SITE")) return clause;
  for (const m of previous.mentions) {
    if (m.concept.type !== "FEELING") continue;
    if (!m.negated) return clause;
    const { from, to, typo } = site;
    denied.push({ concept: m.concept, from, to, typo, negated: false });
  }
  if (denied.length === 0) return clause;
  return clauseWith(clause, { mentions: [...clause.mentions, ...denied] });
}

/** Whether a negation cue stands among tokens `from` to `to`. */
function denies(from: number, to: number, tokens: readonly Token[], lexicon: Lexicon): boolean {
  for (let i = from; i < to; i++)
    if (lexicon.longestAt(tokens, i)?.concept.type === "NEGATION") return true;
  return false;
}
