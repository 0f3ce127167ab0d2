import { foldText, stem } from "../search/index.js";
import type { Token } from "./types.js";

/** Numerals, words (with inner apostrophes), percent signs and clause punctuation. */
const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['’]\p{L}+)*|%|[.,;!?]/gu;

/**
 * Splits a complaint into tokens with their character offsets, each folded and stemmed
 * once. `numbers` gives number words their values ("two": 2).
 */
export function tokenizeComplaint(text: string, numbers: ReadonlyMap<string, number>): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const punctuation = /^[.,;!?]$/.test(raw);
    const numeral = /^\d/.test(raw) ? Number(raw.replace(/,/g, "")) : null;
    const { folded, stem } =
      punctuation || numeral !== null ? { folded: raw, stem: raw } : word(raw);
    tokens.push({
      folded,
      stem,
      start,
      end: start + raw.length,
      number: numeral ?? numbers.get(folded) ?? null,
      punctuation,
      possessive: /['’]s$/i.test(raw),
      typo: false,
    });
  }
  return tokens;
}

/** Most words remembered by {@link word}; the memo starts over when full. */
export const WORD_MEMO_SIZE = 20_000;
const memo = new Map<string, { folded: string; stem: string }>();

/**
 * A word folded (case, diacritics, apostrophes) and stemmed. Memoised, bounded: runners
 * use the same few thousand words, and folding and stemming are most of a reading's cost.
 */
function word(raw: string): { folded: string; stem: string } {
  let known = memo.get(raw);
  if (known === undefined) {
    const folded = foldText(raw).replace(/['’]/g, "");
    // A stem of two letters says too little ("inner" would read as "in"): keep the word.
    const stemmed = stem(folded);
    known = { folded, stem: folded === "%" || stemmed.length < 3 ? folded : stemmed };
    if (memo.size >= WORD_MEMO_SIZE) memo.clear();
    memo.set(raw, known);
  }
  return known;
}
