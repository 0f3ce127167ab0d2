/**
 * Term processing shared by indexing and querying: case and diacritics folded, words
 * split on anything that is not a letter or digit, stop words dropped, light stemming.
 */

import { detached, textBytes, WordMemo } from "../cache/WordMemo.js";

/** Words too common to help a search (English function words and question words). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about after again all am an and any are as at be been before being but by can could " +
    "did do does doing during each few for from had has have having he her here hers him his " +
    "how i if in into is it its itself just me more most my myself no nor not now of off on " +
    "once only or other our ours out over own same she should so some such than that the " +
    "their them then there these they this those through to too under until up very was we " +
    "were what when where which while who whom why will with would you your yours yourself " +
    "im ive dont does doesnt get got keep really also"
  ).split(" "),
);

/** Lower-cases and strips diacritics ("Fasciïtis" → "fasciitis"). */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** Splits folded text into word tokens; apostrophes inside words are dropped ("runner's" → "runners"). */
export function tokenize(text: string): string[] {
  return foldText(text)
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * A light English stemmer: enough to join run / running / runner / runs and
 * fracture / fractures, without the over-reach of Porter's rules on medical words.
 * Deterministic and idempotent.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
    w = w.slice(0, -1);
  }
  for (const suffix of ["ing", "ers", "er", "ed"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // running → runn → run; hopped → hopp → hop
      if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

/**
 * Most words remembered by {@link processTerm} (a {@link WordMemo}, its sketch 1 MiB: once
 * full, a new word is kept only if met more often than the one it would push out, so a
 * flood of invented words does not push out the common ones).
 */
export const TERM_MEMO_SIZE = 50_000;
/**
 * Most bytes {@link processTerm} remembers (see {@link WordMemo}): 50 000 words of up to
 * about 20 letters fit; longer ones fill it sooner. Without it a flood of unique 500-letter
 * searches outside Latin-1 held 100 MiB (red-team round 11).
 */
export const TERM_MEMO_BYTES = 12 * 2 ** 20;
const memo = new WordMemo<string | null>({
  entries: TERM_MEMO_SIZE,
  maxBytes: TERM_MEMO_BYTES,
  valueBytes: (term) => (term === null ? 0 : textBytes(term)),
  detach: (term) => (term === null ? null : detached(term)),
});

/** Words {@link processTerm} remembers now and the bytes they are counted at (at most {@link TERM_MEMO_BYTES}). */
export function termMemoStats(): { entries: number; bytes: number } {
  return memo.stats();
}

/**
 * A token as indexed and queried: folded and stemmed; null for a stop word. Memoised:
 * snippets and queries process the same words over and over, and Unicode folding is the
 * costly part.
 */
export function processTerm(token: string): string | null {
  const known = memo.get(token);
  if (known !== undefined) return known;
  const folded = foldText(token).replace(/['’]/g, "");
  const term = folded.length === 0 || STOP_WORDS.has(folded) ? null : stem(folded);
  memo.set(token, term);
  return term;
}

/** Every processed term of a text, in order, stop words dropped. */
export function terms(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((t): t is string => t !== null);
}
