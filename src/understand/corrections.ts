import type { Mention } from "./Concept.js";
import type { Item } from "./clauseItems.js";
import { clauseWith } from "./clauseShape.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/** Most items after a correction looked at for what it puts right ("no wait, it's my left ankle"). */
export const CORRECTION_REACH = 8;

/** What a correction can put right: a kind of mention, a side, or a quantity. */
export type Corrected = ClauseMention["concept"]["type"] | "QUANTITY";

/**
 * The kinds of thing the words after the correction at item `k` say, up to the next mark
 * (marks right after it skipped, and a break word among its first two: "no wait, it just
 * aches") and at most {@link CORRECTION_REACH} items: "numb, no wait, tingly" puts right a
 * feeling, "left, no wait, right" a side. Empty when they say nothing
 * known: then all that came before is taken back.
 */
export function correctedKinds(items: readonly Item[], k: number): ReadonlySet<Corrected> {
  const kinds = new Set<Corrected>();
  let at = k + 1;
  while (items[at]?.kind === "punctuation") at++;
  const start = at;
  for (const end = at + CORRECTION_REACH; at < end && at < items.length; at++) {
    const item = items[at] as Item;
    if (item.kind === "punctuation") break;
    if (item.kind === "quantity") kinds.add("QUANTITY");
    if (item.kind !== "mention") continue;
    const type = item.m.concept.type;
    if (type === "CORRECTION") break;
    // A break word among the first two ("no wait, it just aches") leads what is put right.
    if (type === "BREAK") {
      if (at > start + 1) break;
      continue;
    }
    if (type !== "NEGATION" && type !== "LIST") kinds.add(type);
  }
  return kinds;
}

/**
 * Takes back from `clauses` (in place) what a correction puts right (`kinds`). A site or a
 * side put right is where the clause naming the site before it is felt, and the site-less
 * clauses after that one leaning on it ("my heel hurts in the morning, no wait, it's my left
 * ankle"): it is taken back from the last clause naming a site (a side, when only a side is
 * put right) and all after it, never past the last full stop, so a sign said of another
 * site earlier stays ("my heel is numb, my ankle hurts, no wait, my knee" keeps the numb
 * heel). With no clause naming one, all since the last full stop is taken back. Anything
 * else only from the clause just before ("my left heel is numb, no wait, tingly" keeps the
 * left heel, takes back the numbness). A clause left with nothing is dropped.
 */
export function takeBack(
  clauses: Clause[],
  kinds: ReadonlySet<Corrected>,
  tokens: readonly Token[],
): void {
  const whole = kinds.has("SITE") || kinds.has("SIDE");
  const first = whole ? siteClause(clauses, kinds, tokens) : clauses.length - 1;
  const kept: Clause[] = [];
  for (const clause of clauses.splice(Math.max(0, first))) {
    const left = withoutCorrected(clause, kinds);
    if (left !== null) kept.push(left);
  }
  clauses.push(...kept);
}

/**
 * Index of the first clause a site or side put right is taken back from: the last clause
 * since the last full stop naming a site (or, when only a side is put right, a side or a
 * site), else the first clause since that full stop.
 */
function siteClause(
  clauses: readonly Clause[],
  kinds: ReadonlySet<Corrected>,
  tokens: readonly Token[],
): number {
  const names = (c: Clause) =>
    c.mentions.some((m) => m.concept.type === "SITE") || (!kinds.has("SITE") && c.sides.length > 0);
  let first = clauses.length - 1;
  while (first > 0 && !names(clauses[first] as Clause)) {
    if (SENTENCE_END.has(tokens[(clauses[first - 1] as Clause).to]?.folded ?? "")) break;
    first--;
  }
  return first;
}

/** Marks that end a sentence: a site put right reaches back to the last one. */
const SENTENCE_END: ReadonlySet<string> = new Set([".", "!", "?"]);

/** `clause` without what a correction puts right, or null when nothing of it is left. */
function withoutCorrected(clause: Clause, kinds: ReadonlySet<Corrected>): Clause | null {
  const mentions = clause.mentions.filter((m) => !kinds.has(m.concept.type));
  const quantities = kinds.has("QUANTITY") ? [] : clause.quantities;
  const sides = kinds.has("SIDE") ? [] : clause.sides;
  if (mentions.length + quantities.length + sides.length === 0) return null;
  // Every clause a site is taken back from is felt at the site put right, also one that
  // leaned on the site before ("my heel hurts, it is numb, no wait, my ankle").
  const resited = kinds.has("SITE");
  return clauseWith(clause, { mentions, quantities, sides, ...(resited ? { resited: true } : {}) });
}

/**
 * Whether the correction mention `m` is one of the vocabulary's `clarifiers` ("I mean"):
 * with nothing known after it, it says the words just before it are meant ("it tingles at
 * night, my heel I mean"), so it takes nothing back. One phrase look.
 */
export function clarifies(m: Mention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  return lexicon.clarifiers.endAt(tokens, m.from, m.to) === m.to;
}
