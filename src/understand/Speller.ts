import { AdmittingCache } from "../cache/AdmittingCache.js";
import { tokenWith } from "./tokenWith.js";
import type { Token } from "./types.js";

/**
 * Most unknown words whose correction is remembered (an {@link AdmittingCache}, its sketch
 * 512 KiB: once full, a new word is kept only if met more often than the one it would push
 * out, so a flood of invented words does not push out the common typos).
 */
export const CORRECTION_MEMO_SIZE = 20_000;

/** Shortest word that is read through a typo (shorter words are too easily another word). */
export const MIN_TYPO_LENGTH = 6;

/**
 * Shortest word read as a misspelt body or symptom word (a site's or feeling's one-word
 * name): one letter doubled ("nummb", "kneee"), two letters swapped ("ankel"), a neighbouring
 * key hit ("swolken"), or (for a name of six letters or more) one letter left out ("tendr").
 */
export const MIN_BODY_TYPO_LENGTH = 5;

/**
 * Longest word read through a typo: a longer one is never looked up nor remembered, so a
 * text of invented long words fills no memory. With the text read up to 2,000 characters
 * (READ_LIMITS), a complaint looks up at most 333 unknown words of {@link MIN_BODY_TYPO_LENGTH}
 * to this many letters (once each: those remembered cost nothing), each at most 3 map reads
 * per letter (a deletion, a doubled letter, a swap) and the body words of its first letter
 * compared (a few dozen).
 */
export const MAX_TYPO_LENGTH = 20;

/** QWERTY keys next to each letter: a phone's slip hits one of them. */
const NEIGHBOURS: Readonly<Record<string, string>> = {
  q: "wa",
  w: "qeas",
  e: "wrsd",
  r: "etdf",
  t: "ryfg",
  y: "tugh",
  u: "yihj",
  i: "uojk",
  o: "ipkl",
  p: "ol",
  a: "qwsz",
  s: "awedxz",
  d: "serfcx",
  f: "drtgvc",
  g: "ftyhbv",
  h: "gyujnb",
  j: "huikmn",
  k: "jiolm",
  l: "kop",
  z: "asx",
  x: "zsdc",
  c: "xdfv",
  v: "cfgb",
  b: "vghn",
  n: "bhjm",
  m: "njk",
};

/**
 * Reads unknown words as the known word one typo away: any known word of
 * {@link MIN_TYPO_LENGTH} letters or more through a deletion index, and a body or symptom
 * word from {@link MIN_BODY_TYPO_LENGTH} letters through the narrower slips a phone makes.
 * The first letter must agree; a word the vocabulary knows, or lists as a real word that is
 * no typo ("angle", "stuff"), is never read as another.
 */
export class Speller {
  /** A known word, and each of its one-letter deletions, to the known word (folded). */
  private readonly typoIndex = new Map<string, string>();
  /** Each indexed known word (folded) to its stem. */
  private readonly stemOf = new Map<string, string>();
  /**
   * Known words (folded) read through a doubled letter or a swap only: negations, scope
   * words and warning-sign feelings, which a neighbouring key or a left-out letter would
   * too often make of a real word ("heaven" is not "havent", "selling" not "swelling").
   */
  private readonly guarded = new Set<string>();
  /** Body and symptom words (one-word site and feeling names), folded, to their stems. */
  private readonly bodyWords = new Map<string, string>();
  /** The same by first letter: the only candidates of a slip past the first letter. */
  private readonly byFirst = new Map<string, [string, string][]>();
  /** Unknown words already looked up, with the known stem read for each (bounded). */
  private readonly corrections = new AdmittingCache<string | null>({
    maxSize: CORRECTION_MEMO_SIZE,
    entries: CORRECTION_MEMO_SIZE,
  });

  /** `known`: stems never read as a typo (the vocabulary's, and its real words). */
  constructor(private readonly known: ReadonlySet<string>) {}

  /**
   * Indexes a word of a phrase; `body` when it is a one-word site or feeling name, `guard`
   * when it is read through a doubled letter or a swap only (see {@link guarded}).
   */
  add(folded: string, stem: string, body: boolean, guard = false): void {
    if (guard) this.guarded.add(folded);
    if (body && folded.length >= 4 && !this.bodyWords.has(folded)) {
      this.bodyWords.set(folded, stem);
      const first = folded[0] as string;
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), [folded, stem]]);
    }
    if (folded.length < MIN_TYPO_LENGTH) return;
    if (!this.stemOf.has(folded)) this.stemOf.set(folded, stem);
    if (!this.typoIndex.has(folded)) this.typoIndex.set(folded, folded);
    for (let i = 1; i < folded.length; i++) {
      const deleted = folded.slice(0, i) + folded.slice(i + 1);
      if (!this.typoIndex.has(deleted)) this.typoIndex.set(deleted, folded);
    }
  }

  /**
   * The token as known: unchanged when known, shorter than {@link MIN_BODY_TYPO_LENGTH} or
   * longer than {@link MAX_TYPO_LENGTH}, a number or punctuation, else corrected.
   */
  correct(token: Token): Token {
    const word = token.folded;
    if (
      token.punctuation ||
      token.number !== null ||
      word.length < MIN_BODY_TYPO_LENGTH ||
      word.length > MAX_TYPO_LENGTH ||
      this.known.has(token.stem)
    )
      return token;
    let found = this.corrections.get(word);
    if (found === undefined) {
      found = (word.length >= MIN_TYPO_LENGTH ? this.anyWord(word) : null) ?? this.bodyWord(word);
      this.corrections.set(word, found);
    }
    return found === null ? token : tokenWith(token, { stem: found, typo: true });
  }

  /**
   * The stem of the known word one typo away (deletion index), first letter agreeing, or
   * null; a guarded word only through a doubled letter or a swap.
   */
  private anyWord(word: string): string | null {
    let found = this.typoIndex.get(word);
    // Typos rarely touch the first letter, and real words one letter from a known word
    // mostly differ there ("cramped" is not "ramped"), so the first letter must agree.
    for (let i = 1; found === undefined && i < word.length; i++)
      found = this.typoIndex.get(word.slice(0, i) + word.slice(i + 1));
    if (found === undefined || found[0] !== word[0]) return null;
    if (this.guarded.has(found) && !guardedSlip(word, found)) return null;
    return this.stemOf.get(found) ?? null;
  }

  /**
   * The body or symptom word one phone slip away, or null: at most the word's length map
   * reads, then the body words of its first letter compared (a few dozen).
   */
  private bodyWord(word: string): string | null {
    for (let i = 1; i < word.length; i++) {
      const c = word[i] as string;
      const deleted = word.slice(0, i) + word.slice(i + 1);
      // "nummb": a letter typed twice.
      if (c === word[i - 1] && this.bodyWords.has(deleted))
        return this.bodyWords.get(deleted) ?? null;
      // "ankel": two letters swapped.
      const swapped = word.slice(0, i - 1) + c + word[i - 1] + word.slice(i + 1);
      if (i > 1 && this.bodyWords.has(swapped)) return this.bodyWords.get(swapped) ?? null;
    }
    for (const [body, stem] of this.byFirst.get(word[0] as string) ?? []) {
      // "swolen", "limpng": a doubled letter typed once, a letter left out of a long word.
      if (body.length === word.length + 1 && guardedSlip(word, body)) return stem;
      // A short warning sign or negation is never made by the slips below ("lumpy" is no
      // limp); a long one is ("swollwn", "tinglinf"), real words being kept by realWords.
      if (this.guarded.has(body) && body.length < MIN_GUARDED_LEFT_OUT) continue;
      if (body.length === word.length && this.neighbourSlip(word, body)) return stem;
      // "tendr": one letter of a name of six or more left out.
      if (body.length === word.length + 1 && body.length >= 6 && leftOut(word, body)) return stem;
    }
    return null;
  }

  /** Whether `word` is `body` with exactly one letter replaced by a neighbouring key. */
  private neighbourSlip(word: string, body: string): boolean {
    let at = -1;
    for (let i = 0; i < word.length; i++)
      if (word[i] !== body[i]) {
        if (at >= 0) return false;
        at = i;
      }
    return at > 0 && (NEIGHBOURS[body[at] as string] ?? "").includes(word[at] as string);
  }
}

/**
 * Whether `word` is `known` typed with a letter doubled ("nummb"), a doubled letter typed
 * once ("swolen") or two neighbouring letters swapped ("ankel"), past the first letter.
 */
export function doubledOrSwapped(word: string, known: string): boolean {
  const [long, short] = word.length > known.length ? [word, known] : [known, word];
  if (long.length === short.length + 1) {
    for (let i = 1; i < long.length; i++)
      if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  }
  if (word.length !== known.length) return false;
  for (let i = 2; i < word.length; i++)
    if (
      word[i] === known[i - 1] &&
      word[i - 1] === known[i] &&
      word.slice(0, i - 1) === known.slice(0, i - 1) &&
      word.slice(i + 1) === known.slice(i + 1)
    )
      return word !== known;
  return false;
}

/**
 * Shortest guarded word read through a letter left out or a neighbouring key ("limpng",
 * "swollwn"; never "sever" as "severe", "lumpy" as "limpy").
 */
export const MIN_GUARDED_LEFT_OUT = 7;

/**
 * Whether `word` is the guarded `known` through a slip that seldom makes a real word: a
 * doubled letter, a swap, or a letter left out of a word of {@link MIN_GUARDED_LEFT_OUT} or more.
 */
function guardedSlip(word: string, known: string): boolean {
  if (doubledOrSwapped(word, known)) return true;
  return (
    known.length >= MIN_GUARDED_LEFT_OUT && known.length === word.length + 1 && leftOut(word, known)
  );
}

/** Whether `word` is `body` with one letter (not the first) left out. */
function leftOut(word: string, body: string): boolean {
  let i = 0;
  while (i < word.length && word[i] === body[i]) i++;
  return i > 0 && word.slice(i) === body.slice(i + 1);
}
