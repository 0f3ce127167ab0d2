import { clauseWith } from "./clauseShape.js";
import { type Cues, cuesOf } from "./cuesOf.js";
import type { Lexicon } from "./Lexicon.js";
import { ownerOf } from "./ownerOf.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { saysAlsoMine, saysMineIs, saysNotMine } from "./saysAlsoMine.js";
import { SIGNS } from "./signsOver.js";
import type { Token } from "./types.js";

/**
 * Another person's (or an animal's) clauses with the runner's own part split off as a clause
 * of its own ("my dog's paw is swollen and so is my heel"): after
 * an "and" or a mark (past `runnerLeads` words: "and then", "and so is"), "I", "mine" or "my"
 * and a site start what the runner says of themself ("my friend is limping and I can't put
 * weight on my heel", "my mum's heel went numb last year and now mine is numb"). That part
 * keeps its own signs; saying none but a `runnerToo` word ("mine did too", "I can't either",
 * "so is my heel"), it has the other person's. "mine", or no site of its own and none after
 * "my", is at the other person's site. Clauses the runner's "me too", "mine doesn't" or "I
 * am" already speak of are left as they are, and so is a part saying nothing (an aside: "I
 * think", "mine is fine"). One look per token; in a complaint where no clause is anyone
 * else's, one look at each clause's sites and nothing more.
 */
export function runnersParts(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  // Most complaints speak of no one else: nothing to split, and none of the looks below.
  // Pushed onto a literal, whose arrays keep one elements kind whatever their count (an
  // array `map` makes has one kind when empty and another when not: see clauseShape).
  const owned: boolean[] = [];
  for (const clause of clauses) owned.push(theirs(clause, tokens, lexicon));
  if (!owned.includes(true)) return [...clauses];
  const also = saysAlsoMine(clauses, tokens, lexicon);
  const not = saysNotMine(clauses, tokens, lexicon);
  const is = saysMineIs(clauses, tokens, lexicon);
  const cues = cuesOf(clauses, tokens, lexicon);
  const out: Clause[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i] as Clause;
    const end = clauses[i + 1]?.from ?? tokens.length;
    const split =
      also[i] || not[i] || is[i] || !owned[i] ? null : runnersPart(clause, end, tokens, lexicon);
    if (split === null) {
      out.push(clause);
      // "my horse's hoof is swollen, my heel too": the runner's next clause echoes theirs,
      // only when theirs is said present now and the runner's is not asked ("my wife's heel
      // was swollen last year, my heel too", "..., my heel too?" say nothing of now).
      const echo =
        also[i] ||
        not[i] ||
        is[i] ||
        !owned[i] ||
        !presentNow(cues[i] as Cues) ||
        cues[i + 1]?.asked === true
          ? null
          : echoedSite(clause, clauses[i + 1], tokens, lexicon);
      if (echo !== null) {
        out.push(echo);
        i++;
      }
      continue;
    }
    const [them, runner] = split;
    // "... and so is my heel": the runner's site started the next clause; it is this part's.
    const next = clauses[i + 1];
    const site = next?.mentions[0];
    if (next !== undefined && site?.concept.type === "SITE" && next.from === runner.to) {
      out.push(
        them,
        clauseWith(runner, {
          mentions: [...runner.mentions, ...next.mentions],
          quantities: [...runner.quantities, ...next.quantities],
          sides: next.sides,
          to: next.to,
        }),
      );
      i++;
    } else out.push(them, runner);
  }
  return out;
}

/** Whether a clause's cues say its signs are there now: not past, used to, over or asked. */
function presentNow(c: Cues): boolean {
  return !(
    c.pastTime ||
    c.leadEnd >= 0 ||
    c.hedged ||
    c.asked ||
    c.resolvedHere ||
    c.resolvedAfter ||
    c.resolvedLater
  );
}

/** Whether a clause, as read, is about another person or an animal (named, or their site). */
function theirs(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (clause.other || clause.animal) return true;
  const sites = clause.mentions.filter((m) => m.concept.type === "SITE");
  return ownerOf(sites, tokens, lexicon) !== null;
}

/** The clause as their part and the runner's, or null when the runner says nothing in it. */
function runnersPart(
  clause: Clause,
  end: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): [Clause, Clause] | null {
  const words = lexicon.frames;
  for (let at = clause.from + 2; at < end; at++) {
    const start = joinedAt(at, clause.from, tokens, lexicon);
    if (start < 0 || !speaksOfSelf(at, tokens, lexicon)) continue;
    const before = clause.mentions.filter((m) => m.to <= start);
    const after = clause.mentions.filter((m) => m.from >= start);
    // A phrase across the joint is theirs ("can't put weight on" before "I" is read there).
    if (before.length + after.length !== clause.mentions.length) return null;
    const own = after.some((m) => SIGNS.has(m.concept.type));
    let too = -1;
    for (let k = start; k < end && too < 0; k++)
      if (words.runnerToo.has((tokens[k] as Token).folded)) too = k;
    if (!own && (too < 0 || !echoes(clause.from, start, too, tokens, lexicon))) return null;
    const copied = own
      ? []
      : before.filter((m) => SIGNS.has(m.concept.type)).map((m) => movedTo(m, too));
    // A site of the runner's said ("my heel", also when it starts the next clause).
    let sited = after.some((m) => m.concept.type === "SITE");
    for (let k = start; k < end && !sited; k++)
      sited = tokens[k]?.stem === "my" && speaksOfSelf(k, tokens, lexicon);
    const mine = mineIn(start, end, tokens);
    // "mine", or "too"/"either" and no site of the runner's said: the other person's site
    // ("I am limping" alone names none).
    const placeAt = mine >= 0 ? mine : at;
    const placed =
      sited || (mine < 0 && too < 0)
        ? []
        : before.filter((m) => m.concept.type === "SITE").map((m) => movedTo(m, placeAt));
    const mentions: ClauseMention[] = [...placed, ...after, ...copied].sort(
      (a, b) => a.from - b.from,
    );
    return [
      clauseWith(clause, {
        mentions: before,
        quantities: clause.quantities.filter((q) => q.from < start),
        to: start,
      }),
      clauseWith(clause, {
        mentions,
        quantities: clause.quantities.filter((q) => q.from >= start),
        sides: [],
        other: false,
        animal: false,
        from: start,
        to: Math.max(clause.to, ...mentions.map((m) => m.to)),
      }),
    ];
  }
  return null;
}

/**
 * Where the runner's part starting at token `at` begins: right after an "and" or a mark with
 * only `runnerLeads` words between ("and then mine"), or at an aside that only hedges right
 * before them ("and I think mine hurts", "... is numb i think mine hurts"), else -1. At most
 * as many looks per token walked back as the vocabulary's longest aside has words ("i am not
 * sure if" has 5), read from the `asides` list at load.
 */
function joinedAt(at: number, from: number, tokens: readonly Token[], lexicon: Lexicon): number {
  const words = lexicon.frames;
  for (let i = at - 1; i > from; i--) {
    const t = tokens[i] as Token;
    if (t.punctuation || t.stem === "and") return i + 1;
    if (words.runnerLeads.has(t.folded)) continue;
    // An aside ending right here starts the part, as a mark would ("..., I think mine hurts",
    // also run on: "my wife's heel is numb i think mine hurts").
    for (let j = i; j > from && j > i - words.asides.longest; j--)
      if (words.asides.endAt(tokens, j, at) === i + 1) return j;
    return -1;
  }
  return -1;
}

/** Whether token `at` is the runner speaking of themself: "I", "mine", or "my" and a site. */
function speaksOfSelf(at: number, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const t = tokens[at] as Token;
  const words = lexicon.frames;
  if (t.stem === "my") {
    // "my left heel": a side word may stand before the site.
    const k = lexicon.sideWords.has(tokens[at + 1]?.stem ?? "") ? at + 2 : at + 1;
    return lexicon.longestAt(tokens, k)?.concept.type === "SITE";
  }
  if (t.stem === "me" || t.stem === "myself" || !words.firstPerson.has(t.stem)) return false;
  return words.asides.endAt(tokens, at, tokens.length) < 0;
}

/** Where the first "mine" from `start` to `end` is, or -1. */
function mineIn(start: number, end: number, tokens: readonly Token[]): number {
  for (let k = start; k < end; k++) if (tokens[k]?.stem === "mine") return k;
  return -1;
}

/**
 * Whether the runner's part from `start` to its `runnerToo` word at `too` is a bare echo of
 * the other person's clause ("mine did too", "so am I", "I can't either"): only first-person,
 * `affirming`, `runnerLeads` and `runnerToo` words, and a verbal negation only where the
 * other's part (from `from`) says the same one ("can't ... I can't either"). Anything else
 * says something of its own ("I'm worried too", "mine isn't either", "I run too"): the other's
 * signs are not the runner's. One look per token of the part, and for a negation one look
 * back over the other's part: at worst the part's tokens times the clause's, within a
 * 2,000-character text (READ_LIMITS) and done once per clause split.
 */
function echoes(
  from: number,
  start: number,
  too: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const words = lexicon.frames;
  for (let k = start; k < too; k++) {
    const t = tokens[k] as Token;
    if (
      words.firstPerson.has(t.stem) ||
      words.affirming.has(t.stem) ||
      words.runnerLeads.has(t.folded) ||
      words.runnerToo.has(t.folded)
    )
      continue;
    if (!words.verbalNegations.has(t.folded)) return false;
    let said = false;
    for (let b = from; b < start && !said; b++) said = tokens[b]?.folded === t.folded;
    if (!said) return false;
  }
  return true;
}

/**
 * The runner's clause after another's (or an animal's) with that clause's signs, when it
 * names a site of the runner's and says nothing but an echo of theirs ("my dog's paw is
 * swollen, my heel too": the heel is swollen), else null. Its words are only first-person,
 * `affirming`, `runnerLeads`, `runnerToo` and side words and its sites. One look per token.
 */
function echoedSite(
  clause: Clause,
  next: Clause | undefined,
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause | null {
  if (next === undefined || next.other || next.animal) return null;
  if (next.mentions.some((m) => SIGNS.has(m.concept.type))) return null;
  const sites = next.mentions.filter((m) => m.concept.type === "SITE");
  if (sites.length === 0) return null;
  const words = lexicon.frames;
  let too = -1;
  for (let k = next.from; k < next.to; k++) {
    const t = tokens[k] as Token;
    if (words.runnerToo.has(t.folded)) too = k;
    else if (
      !t.punctuation &&
      !sites.some((m) => m.from <= k && k < m.to) &&
      !words.firstPerson.has(t.stem) &&
      !words.affirming.has(t.stem) &&
      !words.runnerLeads.has(t.folded) &&
      !lexicon.sideWords.has(t.stem)
    )
      return null;
  }
  if (too < 0) return null;
  const copied = clause.mentions
    .filter((m) => SIGNS.has(m.concept.type) && !m.negated)
    .map((m) => movedTo(m, too));
  if (copied.length === 0) return null;
  return clauseWith(next, {
    mentions: [...next.mentions, ...copied].sort((a, b) => a.from - b.from),
  });
}

/** `m` as said at token `at` alone, in the one shape mentions have (see inClause). */
function movedTo(m: ClauseMention, at: number): ClauseMention {
  return { concept: m.concept, from: at, to: at + 1, typo: m.typo, negated: m.negated };
}
