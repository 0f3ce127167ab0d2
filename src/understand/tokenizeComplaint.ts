import { detached, textBytes, WordMemo } from "../cache/WordMemo.js";
import { foldText, stem } from "../search/index.js";
import type { Token } from "./types.js";

/**
 * Numerals, words (with inner apostrophes), percent signs and clause punctuation; a "+", "/"
 * or "|" standing alone between spaces ("... used to + sore achilles", a form's "Redness: no /
 * Swelling: no") joins clauses like a comma
 * ("500+ miles" keeps its number), and so do a colon before a space ("not the left:
 * achilles sore"; "1:30" is no mark) and a line break ("no numbness" on one line never
 * denies "heel swollen" on the next).
 */
const TOKEN =
  /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['’]\p{L}+)*|%|[.,;!?\n]|:(?=\s|$)|(?<=\s)[+/|](?=\s)/gu;

/**
 * Splits a complaint into tokens with their character offsets, each folded and stemmed
 * once. `numbers` gives number words their values ("two": 2).
 */
export function tokenizeComplaint(text: string, numbers: ReadonlyMap<string, number>): Token[] {
  const tokens: Token[] = [];
  // One regex over the text and character tests per token: no iterator, no regex per token.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const punctuation = raw.length === 1 && PUNCTUATION.includes(raw);
    const first = raw.charCodeAt(0);
    const numeral = first >= 48 && first <= 57 ? Number(raw.replace(/,/g, "")) : null;
    const known = punctuation || numeral !== null ? null : word(raw);
    const folded = known === null ? raw : known.folded;
    tokens.push({
      folded,
      stem: known === null ? raw : known.stem,
      start,
      end: start + raw.length,
      number: numeral ?? numbers.get(folded) ?? null,
      punctuation,
      possessive: isPossessive(raw),
      typo: false,
    });
  }
  return tokens;
}

/** Punctuation that ends a clause (the last alternative of {@link TOKEN}). */
const PUNCTUATION = ".,;!?+/|:\n";

/** Whether a word ends in 's or ’s (any case): "friend's". */
function isPossessive(raw: string): boolean {
  const n = raw.length;
  if (n < 2) return false;
  const s = raw.charCodeAt(n - 1);
  const apostrophe = raw[n - 2];
  return (s === 115 || s === 83) && (apostrophe === "'" || apostrophe === "’");
}

/**
 * Most words remembered by {@link word} (a {@link WordMemo}, its sketch 512 KiB: once full, a
 * new word is kept only if met more often than the one it would push out, so a flood of
 * invented words does not push out runners' common ones).
 */
export const WORD_MEMO_SIZE = 20_000;
/**
 * Most bytes {@link word} remembers (see {@link WordMemo}): 20 000 words of up to about 20
 * letters fit; longer ones fill it sooner. Without it unique 500-letter complaints outside
 * Latin-1 could hold 20 000 times 3 KB (red-team round 11).
 */
export const WORD_MEMO_BYTES = 8 * 2 ** 20;
const memo = new WordMemo<{ folded: string; stem: string }>({
  entries: WORD_MEMO_SIZE,
  maxBytes: WORD_MEMO_BYTES,
  valueBytes: (read) => textBytes(read.folded) + textBytes(read.stem),
  detach: (read) => ({ folded: detached(read.folded), stem: detached(read.stem) }),
});

/** Words the complaint reader remembers now and the bytes they are counted at (at most {@link WORD_MEMO_BYTES}). */
export function wordMemoStats(): { entries: number; bytes: number } {
  return memo.stats();
}

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
    memo.set(raw, known);
  }
  return known;
}
