import type { Entity, FindingProfile, Side, VocabularySite } from "../graph/index.js";
import type { MatchBasis, MatchStrength } from "./confidence.js";
import type { ClauseMention } from "./readClauses.js";
import type { QuantityMention } from "./readQuantities.js";
import type { Token } from "./types.js";

/** A possible match in a clause, before the best ones are chosen. */
export interface Candidate {
  readonly entity: Entity;
  /** The profile matched, or null when the entity was named. */
  readonly profile: FindingProfile | null;
  readonly present: boolean;
  /** The site mention it rests on (null when the site was carried or not needed). */
  readonly site: ClauseMention | null;
  readonly siteValue: VocabularySite | null;
  /** The feeling, timing, factor or name mentions it rests on. */
  readonly keys: readonly ClauseMention[];
  readonly quantity: QuantityMention | null;
  /** How specific the match is: higher wins. */
  readonly score: number;
  /** The site matched is one the profile lists (not only within one). */
  readonly exact: boolean;
  /** How strongly the trace counts it (EVIDENCE_WEIGHT). */
  readonly weight: number;
  /** How it was matched: what its confidence is looked up by (confidence.ts). */
  readonly basis: MatchBasis;
}

/**
 * The words a match explains, so another match needs words of its own: none for a site's
 * general symptom (the fallback), all of them for a red flag, the timings for a symptom
 * defined by when it is felt, else the feelings.
 */
export function claimed(c: Candidate, redFlag: boolean): readonly ClauseMention[] {
  if (c.profile?.general === true) return [];
  if (redFlag || c.profile === null) return c.keys;
  const timed = c.keys.filter((k) => k.concept.type === "TIMING");
  return c.profile.timings.length > 0 && timed.length > 0 ? timed : c.keys;
}

/**
 * A candidate with no score, resting on `keys` (a factor, a name): reported unless
 * `present` is false, at no site unless `siteValue` (and the mention `site`) are given.
 */
export function candidateOf(
  entity: Entity,
  profile: FindingProfile | null,
  keys: readonly ClauseMention[],
  quantity: QuantityMention | null,
  strength: MatchStrength,
  present = true,
  siteValue: VocabularySite | null = null,
  site: ClauseMention | null = null,
): Candidate {
  return {
    entity,
    profile,
    present,
    site,
    siteValue,
    keys,
    quantity,
    score: 0,
    exact: false,
    weight: strength.weight,
    basis: strength.basis,
  };
}

/** A mention's concept id, or its type for the concepts that have none (negation, list). */
export function conceptId(m: ClauseMention): string {
  return m.concept.id ?? m.concept.type;
}

/** The distinct concept ids of the mentions of one type, in order. */
export function ids(mentions: readonly ClauseMention[], type: "FEELING" | "TIMING"): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    if (m.concept.type !== type) continue;
    const id = conceptId(m);
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** BOTH when said; else the first side said ("right heel stabs, the left one is fine"). */
export function sideOf(sides: readonly Side[]): Side | null {
  return sides.includes("BOTH") ? "BOTH" : (sides[0] ?? null);
}

/** Tokens `from` to `to` (exclusive), as written, with their offsets; empty at 0 for none. */
export function spanOf(
  from: number,
  to: number,
  tokens: readonly Token[],
  text: string,
): { text: string; start: number; end: number } {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? start;
  return { text: text.slice(start, end), start, end };
}
