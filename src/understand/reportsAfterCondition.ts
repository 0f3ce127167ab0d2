import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

// Whether a question's "if" introduces what the runner has right now (askedNames: such a
// condition is reported, not supposed).

/**
 * Whether the words right after a `conditionals` word at token `at` (before token `until`)
 * report the runner's own present state rather than suppose one: a first-person word and a
 * negated verb ("should I see a doctor if I can't put weight on my ankle": `firstPerson`,
 * then `verbalNegations`) or a present having verb ("should I run if I have a swollen
 * ankle": `having`, not a `pastVerbs` word: "if I had" supposes), or a first-person word, a site and a verb saying it is so
 * ("... if my ankle is swollen", "... if my ankle's bruised": `firstPerson`, a site, then an
 * `affirming` verb or the site written as a possessive). "if my ankle hurts", "if my heel goes
 * numb" say no present state and stay supposed. A few looks: the words right after "if".
 */
export function reportsAfterCondition(
  tokens: readonly Token[],
  at: number,
  until: number,
  lexicon: Lexicon,
): boolean {
  const words = lexicon.frames;
  if (!words.speaksOfSelf(tokens, at + 1) || at + 2 >= until) return false;
  const next = tokens[at + 2] as Token;
  if (words.verbalNegations.has(next.folded)) return true;
  // "if I have a swollen ankle", "if ive got...": not "if I had", supposed.
  if (words.having.has(next.stem) && !words.pastVerbs.has(next.stem)) return true;
  const site = lexicon.longestAt(tokens, at + 2, until);
  if (site?.concept.type !== "SITE") return false;
  const last = tokens[site.to - 1] as Token;
  const verb = tokens[site.to];
  return (
    last.possessive || (verb !== undefined && site.to < until && words.affirming.has(verb.stem))
  );
}
