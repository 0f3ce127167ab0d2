import { clauseWith } from "./clauseShape.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { rewriteClauses } from "./rewriteClauses.js";
import { SENTENCE_ENDS } from "./sentenceEnds.js";
import type { Token } from "./types.js";

/** Most words between a site and the order word saying when its pain came ("ankle went first"). */
const ORDER_REACH = 2;

/**
 * Framed clauses with each of the runner's that names a site and nothing felt, but says when
 * that site's pain came by an order word (vocabulary `firstWords` or `laterWords`), given
 * generic pain at that word: a site put in the order of pains hurt. The word comes right
 * after the site ("ankle went first", "hip first, ankle second", "the hip only joined in
 * later") or ends the clause ("the ankle on the same side came later"), or a first word opens
 * the clause before it ("first the hip, then the ankle"), or a before word does and the site
 * ends it ("hip first, then the knee"; not "then my heel felt fine"), or the site stands alone
 * next after such a clause in its sentence ("..., now the ankle"); not a word qualifying a
 * noun ("my knee on my first run"). Not another person's, asked, hedged or feared. One pass over the
 * clauses, a few token looks per clause.
 */
export function orderedSitesFelt(
  clauses: Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  const pain = lexicon.conceptOf("pain");
  if (pain?.type !== "FEELING") return clauses;
  // The clause before, when it was put in order: a bare site after it in its sentence is next.
  let ordered: Clause | null = null;
  return rewriteClauses(clauses, (clause) => {
    const after = ordered;
    ordered = null;
    if (clause.whose !== "RUNNER" || clause.other || clause.asked || clause.hedged) return null;
    if (clause.feared) return null;
    let site: ClauseMention | null = null;
    for (const m of clause.mentions) {
      if (m.concept.type === "FEELING") return null;
      if (m.concept.type === "SITE" && !m.negated) site ??= m;
    }
    if (site === null) return null;
    let at = orderWordAt(site, clause, tokens, lexicon);
    // "hip first, then the knee, now the ankle": a bare site next in an ordered list.
    if (
      at < 0 &&
      after !== null &&
      sameSentence(after, clause, tokens) &&
      bare(site, clause, tokens, lexicon)
    )
      at = site.from;
    // "hip then knee then ankle": sites joined by order words and nothing else.
    if (at < 0) at = listInOrder(clause, tokens, lexicon);
    if (at < 0) return null;
    ordered = clause;
    const felt: ClauseMention = {
      concept: pain,
      from: at,
      to: at + 1,
      typo: false,
      negated: false,
    };
    return clauseWith(clause, { mentions: [...clause.mentions, felt] });
  });
}

/** The token of the order word saying when `site`'s pain came in `clause`, or -1. */
function orderWordAt(
  site: ClauseMention,
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): number {
  const words = lexicon.frames;
  const ordering = (t: Token) => words.firstWords.has(t.folded) || words.laterWords.has(t.folded);
  // "first the hip": a first word opening the clause, only fillers, sides and marks around it; a
  // before word too ("..., then the knee, now the ankle"), when the site ends the clause.
  let opening = -1;
  let before = false;
  for (let at = clause.from; at < site.from; at++) {
    const t = tokens[at] as Token;
    if (opening < 0 && words.firstWords.has(t.folded)) opening = at;
    else if (opening < 0 && words.beforeWords.has(t.folded)) {
      opening = at;
      before = true;
    } else if (!t.punctuation && !lexicon.fillers.has(t.stem) && !lexicon.sideWords.has(t.stem)) {
      opening = -1;
      break;
    }
  }
  if (opening >= 0 && (!before || endsClause(site, clause, tokens, lexicon))) return opening;
  let last = -1;
  for (let at = site.to; at < clause.to; at++) {
    const t = tokens[at] as Token;
    if (t.punctuation) break;
    if (ordering(t)) {
      if (at <= site.to + ORDER_REACH && endsPhrase(tokens[at + 1], lexicon)) return at;
      last = at;
    }
  }
  // "the ankle on the same side came later": the clause's last word.
  return last >= 0 && (last + 1 >= clause.to || tokens[last + 1]?.punctuation === true) ? last : -1;
}

/**
 * Whether the token after an order word leaves it saying when a pain came: a mark, the end,
 * a filler, a `startLinks` word ("joined in") or a before word ("first then"), not a noun it
 * qualifies ("my first run").
 */
function endsPhrase(next: Token | undefined, lexicon: Lexicon): boolean {
  return (
    next === undefined ||
    next.punctuation ||
    lexicon.fillers.has(next.stem) ||
    lexicon.frames.startLinks.has(next.folded) ||
    lexicon.frames.beforeWords.has(next.folded)
  );
}

/**
 * The first order word of a clause that only lists sites in order ("hip then knee then
 * ankle", "first it was my hip then my knee"): two sites or more, an order word (vocabulary
 * `firstWords`, `beforeWords`, `sequenceWords`) among them, none denied, and no other
 * phrase (fillers, sides, list words and marks between); else -1. One look per token.
 */
function listInOrder(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): number {
  const words = lexicon.frames;
  let sites = 0;
  for (const m of clause.mentions) {
    const type = m.concept.type;
    if (m.negated || (type !== "SITE" && type !== "SIDE" && type !== "LIST")) return -1;
    if (type === "SITE") sites++;
  }
  if (sites < 2) return -1;
  let first = -1;
  let k = 0;
  for (let at = clause.from; at < clause.to; at++) {
    // Mentions are in order: skip the words of the one this token starts or is inside.
    while (k < clause.mentions.length && (clause.mentions[k] as ClauseMention).to <= at) k++;
    const m = clause.mentions[k];
    if (m !== undefined && m.from <= at) continue;
    const t = tokens[at] as Token;
    const ordering =
      words.firstWords.has(t.folded) ||
      words.beforeWords.has(t.folded) ||
      words.sequenceWords.has(t.folded);
    if (ordering) first = first < 0 ? at : first;
    else if (!t.punctuation && !lexicon.fillers.has(t.stem)) return -1;
  }
  return first;
}

/** Whether only fillers and marks follow `site` to the end of `clause` ("then the knee,"). */
function endsClause(
  site: ClauseMention,
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  return onlyFillers(tokens, site.to, clause.to, lexicon, false);
}

/** Whether only fillers, sides and marks stand in `clause` besides `site` ("now the ankle."). */
function bare(
  site: ClauseMention,
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  return (
    onlyFillers(tokens, clause.from, site.from, lexicon, true) &&
    endsClause(site, clause, tokens, lexicon)
  );
}

/** Whether tokens `from` to `to` are only marks and fillers, and side words when `sides`. */
function onlyFillers(
  tokens: readonly Token[],
  from: number,
  to: number,
  lexicon: Lexicon,
  sides: boolean,
): boolean {
  for (let at = from; at < to; at++) {
    const t = tokens[at] as Token;
    if (t.punctuation || lexicon.fillers.has(t.stem)) continue;
    if (!sides || !lexicon.sideWords.has(t.stem)) return false;
  }
  return true;
}

/** Whether no mark ending a sentence stands between clause `a` and the later clause `b`. */
function sameSentence(a: Clause, b: Clause, tokens: readonly Token[]): boolean {
  for (let at = a.to; at < b.from; at++)
    if (SENTENCE_ENDS.has((tokens[at] as Token).folded)) return false;
  return true;
}
