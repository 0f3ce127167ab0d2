import { clauseWith } from "./clauseShape.js";
import { figureOfSigns } from "./figureOfSigns.js";
import { figureOfSites } from "./figureOfSites.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";
import type { Token } from "./types.js";

/** Tokens looked back over for a wanting word or the subject of "gives out". */
const LOOK_BACK = 3;

/**
 * The clauses without the wordings that do not say what they seem to in their place:
 * "new shoes" denies worn shoes only when the runner has them (not after a `shoesWanted`
 * word or "time for", not in a question or fear, and never when the text calls shoes worn by
 * a `shoesWorn` word); "gives out" is a giving-way sign only said of a site or "it" ("my energy gives
 * out" is none); a clause of two sites as one noun then "is" and no feeling is a figure of
 * speech ("my achilles heel is hills": figureOfSites) and reads nothing, as does a clause
 * naming no site that says a sign towards a thing of the mind ("numb to the pain of hill
 * reps": figureOfSigns).
 */
export function unsaidWordings(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  const worn =
    tokens.some((t) => lexicon.frames.shoesWorn.has(t.folded)) ||
    clauses.some((c) =>
      c.mentions.some(
        (m) => m.concept.type === "FACTOR" && !m.negated && m.concept.id === "worn-shoes",
      ),
    );
  return clauses.map((clause) => {
    // "my achilles heel is hills": a figure of speech says nothing of the body.
    // "numb to the pain of hill reps": a state of mind says nothing of the body either.
    if (figureOfSites(clause, tokens, lexicon) || figureOfSigns(clause, tokens, lexicon))
      return clauseWith(clause, { mentions: [], quantities: [] });
    const mentions = clause.mentions.filter((m) => {
      const c = m.concept;
      if (c.type === "FACTOR" && c.saidAs === "new-shoes")
        return !(
          worn ||
          clause.hedged ||
          clause.feared ||
          clause.asked ||
          wanted(tokens, m.from, clause.from, lexicon.frames.shoesWanted)
        );
      if (c.type === "FEELING" && c.id === "giving-way" && tokens[m.to - 1]?.folded === "out")
        return subjectIsSite(clause, tokens, m.from, lexicon);
      return true;
    });
    return mentions.length === clause.mentions.length ? clause : clauseWith(clause, { mentions });
  });
}

/**
 * Whether a wanting word (vocabulary `shoesWanted`), or "time for", comes just before token
 * `at` in its clause.
 */
function wanted(
  tokens: readonly Token[],
  at: number,
  from: number,
  wanting: ReadonlySet<string>,
): boolean {
  for (let i = at - 1; i >= Math.max(from, at - LOOK_BACK); i--) {
    const t = tokens[i] as Token;
    if (wanting.has(t.folded)) return true;
    if (t.folded === "for" && tokens[i - 1]?.folded === "time") return true;
  }
  return false;
}

/**
 * Whether "gives out" at token `at` is said of a site: the clause names one, a pointer
 * ("it") comes just before, or no subject is named at all ("ankle pain, gives out on me":
 * the site before it is meant). A subject named by "my", "the" or a possessive and no site
 * ("my energy gives out") is something else.
 */
function subjectIsSite(
  clause: Clause,
  tokens: readonly Token[],
  at: number,
  lexicon: Lexicon,
): boolean {
  if (clause.mentions.some((m) => m.concept.type === "SITE")) return true;
  for (let i = at - 1; i >= Math.max(clause.from, at - LOOK_BACK); i--) {
    const t = tokens[i] as Token;
    if (lexicon.vocabulary.pointers.includes(t.folded)) return true;
    if (t.possessive || t.stem === "my" || t.stem === "the") return false;
  }
  return true;
}
