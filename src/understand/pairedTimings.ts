import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/**
 * The timings a clause reports when it names no site and is not another person's, so the
 * clause before may take a co-timing from it ("heel aches after long runs, rest makes it
 * better"); none for any other clause.
 */
export function unsitedTimings(clause: Clause | undefined): ReadonlySet<string> {
  if (clause === undefined || clause.other) return NONE;
  let ids: Set<string> | null = null;
  for (const m of clause.mentions) {
    if (m.concept.type === "SITE") return NONE;
    if (m.concept.type !== "TIMING" || m.negated) continue;
    ids ??= new Set();
    ids.add(m.concept.id);
  }
  return ids ?? NONE;
}

/**
 * Words, besides fillers, numbers and its onset, a clause may say and still be only an onset
 * ("on the track" says two): a longer one tells of something else ("I
 * suddenly started running loads faster after joining the club").
 */
export const ONSET_CLAUSE_WORDS = 3;

/**
 * The sudden onset a clause says when that is all it says ("it hit me at mile 3", "came on
 * suddenly halfway round", "out of nowhere on the track"): no site, feeling, cause or other
 * timing, not another person's, and at most ONSET_CLAUSE_WORDS other words. The clause after
 * it, sited or not, takes it as its own time ("..., sharp pain in my heel"); none for any
 * other clause, nor for one not the runner's now (see notMineNow). One look per token of the
 * clause.
 */
export function leadingOnset(
  clause: Clause | undefined,
  tokens: readonly Token[],
  lexicon: Lexicon,
): ReadonlySet<string> {
  if (clause === undefined || clause.other || clause.quantities.length > 0) return NONE;
  if (notMineNow(clause, tokens, lexicon)) return NONE;
  const fillers = lexicon.fillers;
  let onset = false;
  let covered = clause.from;
  let words = 0;
  for (const m of clause.mentions) {
    if (m.concept.type !== "TIMING" || m.concept.id !== SUDDEN || m.negated) return NONE;
    onset = true;
    for (let i = covered; i < m.from; i++) if (spoken(tokens[i], fillers)) words++;
    covered = m.to;
  }
  for (let i = covered; i < clause.to; i++) if (spoken(tokens[i], fillers)) words++;
  return onset && words <= ONSET_CLAUSE_WORDS ? ONSET : NONE;
}

/**
 * Whether a clause speaks of a time far past ("it came on suddenly a year ago": vocabulary
 * `pastTimes`, `pastLeads`) or of another person, named or reporting ("my friend said it came
 * on suddenly": `others`, `owners`, `reporting`): an onset in it is not the runner's now.
 * One look per token of the clause.
 */
function notMineNow(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const words = lexicon.frames;
  for (let i = clause.from; i < clause.to; i++) {
    const stem = (tokens[i] as Token).stem;
    if (lexicon.others.has(stem) || words.owners.has(stem) || lexicon.reporting.has(stem))
      return true;
    if (words.pastTimes.endAt(tokens, i, clause.to) > 0) return true;
    if (words.pastLeads.endAt(tokens, i, clause.to) > 0) return true;
  }
  return false;
}

/** The timing of a sudden onset, and the set of it a clause lends. */
const SUDDEN = "sudden";
const ONSET: ReadonlySet<string> = new Set([SUDDEN]);

/** Whether a token is a word that says something: not a mark, a number or a filler. */
const spoken = (t: Token | undefined, fillers: ReadonlySet<string>) =>
  t !== undefined && !t.punctuation && t.number === null && !fillers.has(t.stem);

/** No timings (shared: most clauses lend none). */
const NONE: ReadonlySet<string> = new Set();

/**
 * Co-timings a profile needs (its `with`) that two timings said together amount to. Pain
 * felt while running that rest eases is the stress fracture's pain that "worsens while
 * running and improves with rest" (heel-pain article, Stress Fractures: "hurts more while
 * running and better with rest"): "heel hurts when I run, better with rest". Pain after
 * running that rest eases is not: it is any sore heel's after a run (plantar fasciitis,
 * too, "eases with rest"), so "after" is no part of a pair.
 */
const PAIRS: ReadonlyMap<string, readonly (readonly [string, string])[]> = new Map([
  ["worse-running", [["during", "rest-eases"]]],
]);

/**
 * The clause's timing mentions that together say one of the co-timings `needed`: both of a
 * pair said in the clause, or one in it and the other in the clause before (`before`, only
 * when this clause names no site: `sited`). Empty when none is said so.
 */
export function pairedWith(
  needed: readonly string[],
  terms: readonly ClauseMention[],
  before: ReadonlySet<string>,
  sited: boolean,
): ClauseMention[] {
  const said = (id: string) =>
    terms.filter((m) => !m.negated && m.concept.type === "TIMING" && m.concept.id === id);
  for (const need of needed)
    for (const pair of PAIRS.get(need) ?? []) {
      const found = pair.map(said);
      const [a, b] = found as [ClauseMention[], ClauseMention[]];
      const carried = (i: number) => !sited && before.has(pair[i] as string);
      if (a.length + b.length > 0 && (a.length > 0 || carried(0)) && (b.length > 0 || carried(1)))
        return [...a, ...b];
    }
  return [];
}
