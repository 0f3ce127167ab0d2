import type { Lexicon } from "./Lexicon.js";
import { tokenWith } from "./tokenWith.js";
import type { Token } from "./types.js";

/** Marks the trie key of a site word read only after an owner word ("my hell"). */
export const OWNED = "\u0001";

/** The whole words "hell", "hells": an oath as often as a typo, so opening a sentence needs a feeling. */
const OATH_WORDS: ReadonlySet<string> = new Set(["hell", "hells"]);

/**
 * A word of `ownedOnly` read as its site after "my", a possessive, a side word or a feeling
 * ending what is said ("swolen hell and ..."), or after "the" when a verb follows ("the hell is swollen"; never "the hell week", "what the hell"),
 * or opening a sentence with a verb or feeling after it ("hel went numb"); never before "me".
 */
export function ownedSiteWord(lexicon: Lexicon, tokens: readonly Token[], i: number): Token {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const lead =
    before !== undefined &&
    !before.punctuation &&
    (before.possessive ||
      before.stem === "the" ||
      lexicon.frames.firstPerson.has(before.stem) ||
      lexicon.frames.owners.has(before.stem) ||
      lexicon.sideWords.has(before.stem) ||
      feelingLed(lexicon, tokens, i));
  // "what the hell": a question word before "the" makes it an oath.
  const oath =
    before?.stem === "the" && i >= 2 && lexicon.frames.topics.endAt(tokens, i - 2, i) === i - 1;
  // "the hell week": after "the", the heel only when a verb is said of it ("is", "hurts",
  // "went"), a feeling follows ("the hell numb"), nothing follows, or a part lead comes
  // before, a site lead ("pain in the hell when I run").
  const next = tokens[i + 1];
  const said =
    before?.stem !== "the" ||
    next === undefined ||
    next.punctuation ||
    lexicon.frames.standsFor.has(next.folded) ||
    lexicon.conceptOf(next.stem)?.type === "FEELING" ||
    lexicon.frames.siteLeads.has(tokens[i - 2]?.folded ?? "");
  // Opening a sentence with a verb or feeling said of it: "hel went numb on my run"; the
  // whole word "hell" only with a feeling said soon after ("hell went numb", never the oath
  // "hell was that run").
  const opens =
    (before === undefined || before.punctuation) &&
    next !== undefined &&
    (lexicon.conceptOf(next.stem)?.type === "FEELING" ||
      (lexicon.frames.standsFor.has(next.folded) &&
        (!OATH_WORDS.has(t.folded) || feelingSoon(lexicon, tokens, i + 2))));
  // "hel me": the runner as its object makes it "help".
  const help = next !== undefined && lexicon.frames.runnerObjects.has(next.folded);
  return (lead || opens) && !oath && said && !help
    ? tokenWith(t, { stem: OWNED + t.stem, typo: true })
    : t;
}

/**
 * Whether the `ownedOnly` word at `i` is led by a feeling word and ends what is said of it
 * ("swolen hell and its red", "numb hell."): never "sore hell week", and "tight as hell" has
 * its "as" between; nor when a site is named before it since the last punctuation ("my
 * ankle is swollen hell and red" is the ankle's swelling, "hell" an oath), or since the last
 * "and" or "but" ("my ankle is sore and numb hell" is the heel's). One look per word back.
 */
function feelingLed(lexicon: Lexicon, tokens: readonly Token[], i: number): boolean {
  if (!feelingEndsAt(lexicon, tokens, i)) return false;
  for (let k = i - 2; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.punctuation) break;
    const type = lexicon.conceptOf(t.stem)?.type;
    // "my ankle is sore and numb hell": a new item after "and" or "but" is its own.
    if (type === "LIST" || type === "BREAK") break;
    if (type === "SITE") return false;
  }
  const next = tokens[i + 1];
  if (next === undefined || next.punctuation) return true;
  const type = lexicon.conceptOf(next.stem)?.type;
  return type === "LIST" || type === "BREAK" || type === "FEELING";
}

/**
 * Whether a feeling word starts at `from` or the word after it ("went numb", "is very
 * swollen"), before any mark. Two looks.
 */
function feelingSoon(lexicon: Lexicon, tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 2; k++) {
    const t = tokens[k];
    if (t === undefined || t.punctuation) return false;
    if (lexicon.conceptOf(t.stem)?.type === "FEELING") return true;
  }
  return false;
}

/** Whether a feeling phrase of up to three words ("numb", "feels off") ends just before `i`. */
function feelingEndsAt(lexicon: Lexicon, tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const m = lexicon.longestAt(tokens, k, i);
    if (m?.concept.type === "FEELING" && m.to === i) return true;
  }
  return false;
}
