import type { VocabularySite } from "../graph/index.js";
import type { Lexicon } from "./Lexicon.js";
import { SENTENCE_ENDS } from "./sentenceEnds.js";
import type { Token } from "./types.js";

/**
 * What the order of pains is read from (see SiteOrder): a site named, an order word, an
 * arrow between two words, or a correction.
 */
export type Mark =
  | { readonly kind: "site"; readonly site: VocabularySite; readonly at: number }
  | {
      readonly kind: "first" | "before" | "later" | "start" | "arrow" | "logged";
      readonly at: number;
    }
  | { readonly kind: "correction"; readonly at: number };

/**
 * An arrow between two words ("hip -> knee -> ankle", "hips → sore knees", "right hip >
 * right knee"): the tokenizer keeps no mark for it, so it is looked for in the text between
 * two tokens. Only what stands between two words is looked at; the gap is short text.
 */
const ARROW = /-+>|=+>|[→⟶➔➜➡]|>/u;

/** Most characters between two tokens looked through for an arrow (" --> " and spaces). */
const ARROW_GAP = 8;

/**
 * The sites, order words, arrows and corrections of a complaint, in order. An arrow between
 * two words is marked at the token before it, and speaks of the sites on either side of it
 * in its clause ("tight hips → sore knees"). A phrase saying the sites came in the order they
 * are told (vocabulary `orderPhrases`: "in that order", "in order of appearance") puts an
 * arrow after each site of its sentence but the last, or of the sentence before when its own
 * names none ("hips, knees, ankles. In that order."). A sequence word ("now") orders only
 * after a first, before or arrow mark in its sentence. A diary's entries, each opening a
 * sentence with a `logLabels` word and a ":" or a number ("Mon: hip tight. Wed: knee sore.
 * Sat: ankle aching", "Day 1 tight hip. Day 4 sore knee"), are in the order told: the first
 * site of each entry after one that named a site is marked `logged`, after the sites before
 * it whatever sentences stand between. One phrase lookup per token, and one look at the gap
 * before it.
 */
export function orderMarks(
  tokens: readonly Token[],
  text: string,
  lexicon: Lexicon,
  siteOf: (id: string) => VocabularySite | null,
): Mark[] {
  const marks: Mark[] = [];
  const words = lexicon.frames;
  let ordering = false;
  // Whether an entry of a diary named a site, and whether the current entry has yet to.
  let logged = false;
  let entry = false;
  // After an order phrase: each later site of its sentence came after the one before it.
  let telling = false;
  // Where the current sentence's marks start, the previous sentence's, and the sites the
  // current one has named.
  let sentence = 0;
  let previous = 0;
  let sentenceSites = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && arrowBefore(tokens, i, text)) {
      marks.push({ kind: "arrow", at: i - 1 });
      ordering = true;
    }
    if (entryAt(tokens, i, lexicon)) {
      entry = true;
      ordering = true;
      // "Day 2": the entry's number is no order word ("2nd", "second").
      if (tokens[i + 1]?.number !== null) i++;
      continue;
    }
    const told = words.orderPhrases.endAt(tokens, i, tokens.length);
    if (told > 0) {
      // "hips, knees, ankles, in that order"; "In order of appearance: hips, knees, ankles".
      const inserted = inTellingOrder(marks, sentenceSites > 0 ? sentence : previous);
      if (sentenceSites === 0) sentence += inserted;
      telling = true;
      ordering = true;
      i = told - 1;
      continue;
    }
    const m = lexicon.longestAt(tokens, i);
    if (m !== null) {
      const c = m.concept;
      const site = c.type === "SITE" ? siteOf(c.id) : null;
      if (site !== null && telling && sentenceSites > 0) marks.push({ kind: "arrow", at: i - 1 });
      if (site !== null && entry && logged) marks.push({ kind: "logged", at: i - 1 });
      if (site !== null && entry) {
        logged = true;
        entry = false;
      }
      if (site !== null) {
        marks.push({ kind: "site", site, at: i });
        sentenceSites++;
      } else if (c.type === "CORRECTION") marks.push({ kind: "correction", at: i });
      i = Math.max(i, m.to - 1);
      continue;
    }
    const folded = t.folded;
    if (SENTENCE_ENDS.has(folded)) {
      ordering = false;
      telling = false;
      previous = sentence;
      sentence = marks.length;
      sentenceSites = 0;
    }
    if (words.firstWords.has(folded)) {
      marks.push({ kind: "first", at: i });
      ordering = true;
    } else if (words.beforeWords.has(folded)) {
      marks.push({ kind: "before", at: i });
      ordering = true;
    } else if (ordering && words.sequenceWords.has(folded)) marks.push({ kind: "before", at: i });
    else if (words.laterWords.has(folded)) marks.push({ kind: "later", at: i });
    else if (words.startWords.has(folded) && linked(tokens, i, lexicon))
      marks.push({ kind: "start", at: i });
  }
  return marks;
}

/**
 * Whether a diary's entry opens at token `i`: a `logLabels` word opening the text or a
 * sentence (after any mark or a line break), a ":" or a number right after it ("Mon:",
 * "Day 4", "week 2:").
 */
function entryAt(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const t = tokens[i] as Token;
  if (!lexicon.frames.logLabels.has(t.folded)) return false;
  if (i > 0 && !(tokens[i - 1] as Token).punctuation) return false;
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    (next.folded === ":" || (!next.punctuation && next.number !== null && /^\d/.test(next.folded)))
  );
}

/** Whether an arrow stands in the text between tokens `i - 1` and `i`, both words. */
function arrowBefore(tokens: readonly Token[], i: number, text: string): boolean {
  const before = tokens[i - 1] as Token;
  const t = tokens[i] as Token;
  if (before.punctuation || t.punctuation || t.start - before.end > ARROW_GAP) return false;
  return ARROW.test(text.slice(before.end, t.start));
}

/**
 * Puts an arrow mark right before each site mark from index `from` on but the first: each
 * site's pain came after the one told before it. Returns how many it put.
 */
function inTellingOrder(marks: Mark[], from: number): number {
  const kept = marks.splice(from);
  let seen = false;
  let inserted = 0;
  for (const mark of kept) {
    if (mark.kind === "site" && seen) {
      marks.push({ kind: "arrow", at: mark.at - 1 });
      inserted++;
    }
    if (mark.kind === "site") seen = true;
    marks.push(mark);
  }
  return inserted;
}

/** Whether a `startLinks` word follows the start word at token `at`, fillers between ("started with", "began in"). */
function linked(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const words = lexicon.frames;
  for (let i = at + 1; i < tokens.length && i <= at + 3; i++) {
    const t = tokens[i] as Token;
    if (words.startLinks.has(t.folded)) return true;
    if (t.punctuation || !lexicon.fillers.has(t.stem)) return false;
  }
  return false;
}
