import type { Lexicon } from "./Lexicon.js";
import type { ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/**
 * Whether the owner word at token `at` ("my", "wife's", "dog's", past a side word a site)
 * starts a second body's words in a run-on clause: a site is already named in the clause
 * and something said of it after ("my wife's heel is not numb my heel is numb"). A denial
 * ends there, as at a comma: each body keeps its own words. A few looks.
 */
export function startsBody(
  tokens: readonly Token[],
  at: number,
  mentions: readonly ClauseMention[],
  lexicon: Lexicon,
): boolean {
  const t = tokens[at] as Token;
  const words = lexicon.frames;
  if (t.stem !== "my" && !words.otherOwner(t) && !words.animalOwner(t)) return false;
  const last = mentions[mentions.length - 1];
  if (last === undefined || last.concept.type === "SITE") return false;
  if (!mentions.some((m) => m.concept.type === "SITE")) return false;
  const k = lexicon.sideWords.has(tokens[at + 1]?.stem ?? "") ? at + 2 : at + 1;
  return lexicon.longestAt(tokens, k)?.concept.type === "SITE";
}
