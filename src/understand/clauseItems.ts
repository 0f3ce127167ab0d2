import type { Concept, Lexicon, Mention } from "./Lexicon.js";
import { invertedReading } from "./questionStart.js";
import type { QuantityMention, QuantityReader } from "./readQuantities.js";
import { tokenizeComplaint } from "./tokenizeComplaint.js";
import type { Token } from "./types.js";

/** What readClauses walks: the lexicon's phrases, quantities, marks and other words, in order. */
export type Item =
  | { readonly kind: "mention"; readonly m: Mention }
  | { readonly kind: "quantity"; readonly q: QuantityMention }
  | { readonly kind: "punctuation"; readonly t: Token; readonly at: number }
  | { readonly kind: "word"; readonly t: Token; readonly at: number };

/**
 * The tokens as items: at each token the longest phrase or quantity starting there (a lone
 * "after" ending a clause as "after a run"), else the token; one trie walk per position.
 */
export function itemsOf(
  tokens: readonly Token[],
  lexicon: Lexicon,
  quantities: QuantityReader,
): Item[] {
  const found = quantities.read(tokens);
  // Most complaints say no quantity: then there is nothing to look up.
  const byStart = found.length === 0 ? null : new Map(found.map((q) => [q.from, q]));
  const items: Item[] = [];
  // What an inverted negation and its end say together ("why won't this pain go away").
  let inverted: Mention | null = null;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    if (inverted?.from === i) {
      items.push({ kind: "mention", m: inverted });
      i = inverted.to;
      inverted = null;
      continue;
    }
    const q = byStart?.get(i);
    if (q !== undefined) {
      items.push({ kind: "quantity", q });
      i = q.to;
      continue;
    }
    // A phrase stops where a quantity starts ("jumped from 20 to 35" keeps its numbers),
    // unless it takes in the whole quantity ("after several weeks").
    const next = byStart === null ? undefined : found.find((q) => q.from > i);
    const whole = t.punctuation
      ? null
      : (lexicon.longestAt(tokens, i) ?? afterLast(tokens, i, lexicon));
    const phrase =
      whole === null || next === undefined || whole.to <= next.from || whole.to >= next.to
        ? whole
        : lexicon.longestAt(tokens, i, next.from);
    const m =
      inverted === null || phrase === null || phrase.to <= inverted.from
        ? phrase
        : lexicon.longestAt(tokens, i, inverted.from);
    if (m?.concept.type === "NEGATION" && m.to === i + 1)
      inverted = invertedReading(tokens, i, lexicon);
    if (m !== null && m.concept.type === "SITE" && overSaid(tokens, m, lexicon)) {
      for (let at = m.from; at < m.to; at++)
        items.push({ kind: "word", t: tokens[at] as Token, at });
      i = m.to;
    } else if (m !== null) {
      items.push({ kind: "mention", m });
      i = m.to;
      if (next !== undefined && m.to >= next.to) byStart?.delete(next.from);
    } else {
      items.push(t.punctuation ? { kind: "punctuation", t, at: i } : { kind: "word", t, at: i });
      i++;
    }
  }
  return items;
}

/**
 * Whether site mention `m` begins a longer `resolved` phrase ("it's back to normal now":
 * the words say a sign is over, no "back" hurts): the phrase is the reading, the site's
 * words are plain words. One phrase lookup per site mention.
 */
function overSaid(tokens: readonly Token[], m: Mention, lexicon: Lexicon): boolean {
  return lexicon.frames.resolved.endAt(tokens, m.from, tokens.length) > m.to;
}

const AFTER_RUN = new WeakMap<Lexicon, { stem: string; concept: Concept } | null>();

/**
 * "achilles is sore after": an "after" that ends its clause (a mark or the end next) is read
 * as "after a run", the lexicon's reading of those words; else null. One lookup per lexicon.
 */
function afterLast(tokens: readonly Token[], i: number, lexicon: Lexicon): Mention | null {
  if (!(tokens[i + 1]?.punctuation ?? true)) return null;
  let after = AFTER_RUN.get(lexicon);
  if (after === undefined) {
    const words = tokenizeComplaint("after a run", lexicon.vocabulary.numbers);
    const concept = lexicon.longestAt(words, 0)?.concept;
    after = concept === undefined ? null : { stem: (words[0] as Token).stem, concept };
    AFTER_RUN.set(lexicon, after);
  }
  if (after === null || (tokens[i] as Token).stem !== after.stem) return null;
  return { concept: after.concept, from: i, to: i + 1, typo: false };
}

/**
 * The index of the item after item `k`, past linking words: fillers and before words ("and
 * then a sharp pain": the feeling's; vocabulary `fillers`, `beforeWords`), or `items.length`.
 * At most the items up to it.
 */
export function pastLinkingWords(items: readonly Item[], k: number, lexicon: Lexicon): number {
  let n = k + 1;
  for (let item = items[n]; item?.kind === "word"; item = items[++n]) {
    const word = item.t;
    if (!lexicon.fillers.has(word.stem) && !lexicon.frames.beforeWords.has(word.folded)) break;
  }
  return n;
}
