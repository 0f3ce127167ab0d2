import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

/**
 * Whether every site the complaint names (alone or in a cause's words) is one no article
 * covers, and something is felt at one ("groin pain, I run on roads"): then no cause is
 * read anywhere in it.
 */
export function aboutUncoveredOnly(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  let felt = false;
  for (const clause of clauses) {
    let uncovered = false;
    for (const m of clause.mentions) {
      const c = m.concept;
      // A cause or name with a site word in it ("my heels rub", "on my little toes") names
      // that site too.
      if (c.type === "FACTOR" || c.type === "MENTION")
        for (let i = m.from; i < m.to; i++) {
          const word = lexicon.conceptOf((tokens[i] as Token).stem);
          if (word?.type !== "SITE") continue;
          if (!lexicon.uncovered.has(word.id)) return false;
          uncovered = true;
        }
      if (c.type !== "SITE") continue;
      if (!lexicon.uncovered.has(c.id)) return false;
      uncovered = true;
    }
    if (uncovered && clause.mentions.some((m) => m.concept.type === "FEELING" && !m.negated))
      felt = true;
  }
  return felt;
}

/**
 * Whether a complaint says no sign at all, reported or denied: no feeling, no timing, no name
 * but a cause's ("the heel of my shoe is worn down, should I get new ones"). One look per
 * mention.
 */
export function saysNoSign(clauses: readonly Clause[], lexicon: Lexicon): boolean {
  for (const clause of clauses)
    for (const m of clause.mentions) {
      const c = m.concept;
      if (c.type === "FEELING" || c.type === "TIMING") return false;
      if (c.type === "MENTION" && !lexicon.causes.has(c.id)) return false;
    }
  return true;
}

/** The words that tie a site word to the shoe after it: "the heel of my shoes", "the heel on my left shoe". */
const SHOE_LINKS: ReadonlySet<string> = new Set(["of", "on"]);

/**
 * Whether a site word in the complaint is a shoe's, not the runner's: right after a product
 * word ("my shoe's heel", "shoe heel") or followed by "of" or "on" and, within three words,
 * one ("the heel of my shoes", "the heel on my left shoe"); "my heel rubs in these shoes" is the
 * runner's heel. One look per mention.
 */
export function namesShoeSite(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const product = (i: number) => lexicon.frames.products.has(tokens[i]?.stem ?? "");
  return clauses.some((clause) =>
    clause.mentions.some(
      (m) =>
        m.concept.type === "SITE" &&
        (product(m.from - 1) ||
          (SHOE_LINKS.has(tokens[m.to]?.folded ?? "") &&
            (product(m.to + 1) || product(m.to + 2) || product(m.to + 3)))),
    ),
  );
}
