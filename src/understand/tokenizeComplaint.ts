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
    const folded = punctuation ? raw : foldText(raw).replace(/['’]/g, "");
    const numeral = /^\d/.test(raw) ? Number(raw.replace(/,/g, "")) : null;
    tokens.push({
      folded,
      stem: numeral !== null || punctuation || folded === "%" ? folded : stem(folded),
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
