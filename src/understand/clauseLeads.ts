import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

// How a clause starts, for framing it (frameClauses): a few looks at its first tokens each.

/**
 * Whether a clause's first word (past the mark that opened it) counts: a number word or
 * "both" ("one is limping") counts the animals named before.
 */
export function counts(tokens: readonly Token[], from: number, lexicon: Lexicon): boolean {
  const first = tokens[from]?.punctuation ? tokens[from + 1] : tokens[from];
  return (
    first !== undefined && (first.number !== null || lexicon.sideWords.get(first.stem) === "BOTH")
  );
}

/**
 * Whether one of the clause's first three tokens names someone else or is theirs ("hers is
 * numb", ", and his is swollen", "she can't walk"): at most three looks.
 */
export function ledByOther(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  for (let i = clause.from; i < Math.min(clause.to, clause.from + 3); i++) {
    const t = tokens[i] as Token;
    if (lexicon.frames.speaksOfSelf(tokens, i)) return false;
    if (lexicon.frames.otherWord(t)) return true;
  }
  return false;
}

/**
 * Whether the clause's first token (past the mark that opened it) points back ("it is numb"),
 * or its first words name a part of what is pointed at ("the back of it is swollen").
 */
export function ledBy(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const start = tokens[clause.from]?.punctuation ? clause.from + 1 : clause.from;
  // Past an aside that only hedges ("..., I think it is numb").
  const aside = lexicon.frames.asides.endAt(tokens, start, clause.to);
  const at = aside > 0 ? aside : start;
  const first = tokens[at];
  if (first !== undefined && lexicon.frames.pointers.has(first.stem)) return true;
  return clause.mentions.some((m) => m.from <= at + 1 && pointsBack(m, tokens, lexicon));
}

/**
 * Whether a site mention is a part of what a pointer after it points back at ("the back of
 * it"): it names no body of its own, so the clause is about whoever's part was named before.
 */
export function pointsBack(m: ClauseMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  return (
    m.concept.type === "SITE" &&
    tokens[m.to]?.stem === "of" &&
    lexicon.frames.pointers.has(tokens[m.to + 1]?.stem ?? "")
  );
}

/** Whether the clause names an animal as an owner ("my dog's leg hurts"). */
export function namesAnimal(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  for (let i = clause.from; i < clause.to; i++)
    if (lexicon.frames.animalOwner(tokens[i] as Token)) return true;
  return false;
}

/**
 * Whether a clause about someone else names the runner as its object and no body part
 * ("my dog pulled me over"): what follows it ("I think it is swollen") is the runner's. A
 * few looks per token of the clause.
 */
export function namesMe(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (clause.mentions.some((m) => m.concept.type === "SITE")) return false;
  for (let i = clause.from; i < clause.to; i++)
    if (lexicon.frames.runnerObjects.has((tokens[i] as Token).folded)) return true;
  return false;
}
