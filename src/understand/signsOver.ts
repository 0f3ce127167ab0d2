import { conceptId } from "./Candidate.js";
import type { Concept } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";

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
