import { conceptId } from "./Candidate.js";
import type { Concept, Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

// Which signs of a clause are over, for frameClauses: each helper is one pass over a
// clause's few mentions.

/** Concept types that are signs the runner can say are over: feelings, timings, names. */
export const SIGNS: ReadonlySet<Concept["type"]> = new Set(["FEELING", "TIMING", "MENTION"]);

/** The empty set of ids (shared: never changed). */
export const NONE: ReadonlySet<string> = new Set();

/**
 * The ids of the signs a clause says, reported or denied ("walking normally": limping),
 * but those inside the words saying they are over (the pain of "pain free" names none).
 */
export function signIds(clause: Clause | undefined, [from, to]: readonly [number, number]) {
  const ids = new Set<string>();
  for (const m of clause?.mentions ?? [])
    if (SIGNS.has(m.concept.type) && !(m.from >= from && m.to <= to)) ids.add(conceptId(m));
  return ids;
}

/**
 * The signs a past clause reports that the next one denies at no other site ("was limping
 * yesterday, but today I'm walking fine": the limp is over).
 */
export function deniedNext(clause: Clause, next: Clause | undefined): ReadonlySet<string> {
  if (next === undefined) return NONE;
  const here = new Set<string>();
  for (const m of clause.mentions) if (m.concept.type === "SITE") here.add(conceptId(m));
  let ids: Set<string> | null = null;
  for (const m of next.mentions) {
    if (m.concept.type === "SITE" && !here.has(conceptId(m))) return NONE;
    if (m.negated && SIGNS.has(m.concept.type)) {
      ids ??= new Set();
      ids.add(conceptId(m));
    }
  }
  return ids ?? NONE;
}

/**
 * Whether `next` says its end of another part than `clause`'s: it names a site, and
 * `clause` names one it does not ("my heel went numb, my ankle has been fine since", "...,
 * the rest of my foot has been fine since": the heel is not said to be fine).
 */
export function elsewhere(clause: Clause, next: Clause): boolean {
  const there = new Set<string>();
  for (const m of next.mentions) if (m.concept.type === "SITE") there.add(conceptId(m));
  if (there.size === 0) return false;
  return clause.mentions.some((m) => m.concept.type === "SITE" && !there.has(conceptId(m)));
}

/** The ids of the feelings a clause reports, or null when it reports none. */
export function reported(clause: Clause | undefined): ReadonlySet<string> | null {
  let ids: Set<string> | null = null;
  for (const m of clause?.mentions ?? [])
    if (m.concept.type === "FEELING" && !m.negated) {
      ids ??= new Set();
      ids.add(conceptId(m));
    }
  return ids;
}

/** The ids of the signs a clause says, but those in `kept`. */
export function signsBut(clause: Clause, kept: ReadonlySet<string>): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const m of clause.mentions)
    if (SIGNS.has(m.concept.type) && !kept.has(conceptId(m))) ids.add(conceptId(m));
  return ids;
}

/** `m` denied, in the one shape mentions have. */
export function denied(m: ClauseMention): ClauseMention {
  return { concept: m.concept, from: m.from, to: m.to, typo: m.typo, negated: true };
}

/**
 * What a `resolved` phrase may name as over: what is felt and a name, never when ("the
 * tingling from last week is gone").
 */
const NAMED: ReadonlySet<Concept["type"]> = new Set(["FEELING", "MENTION"]);

/**
 * The signs a `resolved` phrase in its own clause ends when the clause names them right
 * before it after something else it says ("my heel is numb and the swelling is gone now":
 * the swelling only), or null when it ends them all (a pointer after the last sign, or no
 * other sign before: "it is gone now", "the swelling has gone down"). The named signs are
 * the last sign before the phrase and those listed with it, nothing but a list word or mark
 * between ("numbness and tingling have gone"). One pass over the mentions.
 */
export function namedOver(
  clause: Clause,
  [from]: readonly [number, number],
  tokens: readonly Token[],
  lexicon: Lexicon,
): ReadonlySet<string> | null {
  const before = clause.mentions.filter((m) => m.to <= from);
  let last = before.length - 1;
  while (last >= 0 && !NAMED.has((before[last] as ClauseMention).concept.type)) last--;
  if (last < 0) return null;
  const subject = before[last] as ClauseMention;
  // "the swelling and it's gone now": a pointer after the sign speaks of all said before.
  for (let i = subject.to; i < from; i++)
    if (lexicon.frames.pointers.has((tokens[i] as Token).stem)) return null;
  const ids = new Set<string>([conceptId(subject)]);
  let first = subject;
  for (let k = last - 1; k >= 0; k--) {
    const m = before[k] as ClauseMention;
    if (!NAMED.has(m.concept.type) || !listedOnly(tokens, m.to, first.from, lexicon)) break;
    ids.add(conceptId(m));
    first = m;
  }
  return clause.mentions.some((m) => m.from < first.from && NAMED.has(m.concept.type)) ? ids : null;
}

/** Whether tokens `from` to `to` are only list words ("and", "or") and marks. */
function listedOnly(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!t.punctuation && lexicon.conceptOf(t.stem)?.type !== "LIST") return false;
  }
  return true;
}
