import type { Condition, Entity } from "../graph/index.js";
import { conditionMatch } from "./conditionMatch.js";
import { CAUSE_REACH, type EvidenceLinks } from "./EvidenceLinks.js";
import type { ConditionMatch, TraceMatch } from "./types.js";

/** Weight of a cause as evidence for a condition it drives, relative to a symptom. */
export const CAUSE_EVIDENCE_WEIGHT = 0.5;

/**
 * How much denied evidence lowers a condition: for each denied symptom it presents with,
 * its score is multiplied by 1 − ABSENT_WEIGHT × the edge's specificity; a condition
 * denied by name ("it's not plantar fasciitis") is multiplied by 1 − ABSENT_WEIGHT.
 */
export const ABSENT_WEIGHT = 0.5;

/** How one piece of evidence supports one condition. */
export interface Support {
  readonly condition: Condition;
  readonly evidence: Entity;
  /** 0..1 */
  readonly weight: number;
}

/**
 * Ranks conditions by how well the matched evidence supports them (`lent`: see
 * {@link supports}). Each piece of evidence lends a condition `weight × specificity`,
 * where specificity is 1/sqrt(how many conditions share it) — 1 for an edge the articles
 * call most common — so a symptom shared by many conditions counts less than a specific
 * one. A reported condition supports itself fully; a reported cause or mechanism supports
 * the conditions it drives (through up to {@link CAUSE_REACH} CAUSES hops) at
 * {@link CAUSE_EVIDENCE_WEIGHT}. Support combines as a noisy-or, so more evidence always
 * ranks higher. Denied evidence (`absent`) then lowers the conditions it concerns
 * ({@link ABSENT_WEIGHT}); it never adds one. Sorted by score descending, ties by id.
 */
export function rankConditions(
  links: EvidenceLinks,
  lent: readonly Support[],
  absent: readonly Entity[] = [],
): ConditionMatch[] {
  const kept = denialFactors(links, absent);
  const byCondition = new Map<string, Support[]>();
  for (const s of lent) {
    const list = byCondition.get(s.condition.id);
    if (list === undefined) byCondition.set(s.condition.id, [s]);
    else list.push(s);
  }
  const nodes = links.nodes;
  const ranked: ConditionMatch[] = [];
  for (const list of byCondition.values()) {
    const { condition } = list[0] as Support;
    let q = 1;
    for (const s of list) q *= 1 - s.weight;
    if (list.length > 1)
      list.sort((a, b) => b.weight - a.weight || nodes.compareIds(a.evidence, b.evidence));
    ranked.push(
      conditionMatch(
        condition,
        (1 - q) * (kept?.get(condition.id) ?? 1),
        list.map((s) => s.evidence),
      ),
    );
  }
  return ranked.sort((a, b) => b.score - a.score || nodes.compareIds(a.condition, b.condition));
}

/**
 * Every (condition, evidence, weight) the matched evidence lends, strongest per pair, in
 * the order first lent.
 */
export function supports(links: EvidenceLinks, matched: readonly TraceMatch[]): Support[] {
  const lent: Support[] = [];
  /** Entities lent from so far: a pair can repeat only for an entity matched twice. */
  const from = new Set<string>();
  for (const { entity, weight } of matched) {
    const again = from.has(entity.id);
    from.add(entity.id);
    switch (entity.kind) {
      case "CONDITION":
        lend(lent, again, entity, entity, weight);
        break;
      case "SYMPTOM":
        for (const { condition, factor } of links.presenting(entity))
          lend(lent, again, condition, entity, weight * factor);
        break;
      case "CAUSE":
      case "MECHANISM":
        for (const { condition, factor } of links.driven(entity))
          lend(lent, again, condition, entity, weight * CAUSE_EVIDENCE_WEIGHT * factor);
        break;
      default:
        break;
    }
  }
  return lent;
}

/** Adds what `evidence` lends `condition` to `lent`, or raises its pair's weight when `again`. */
function lend(
  lent: Support[],
  again: boolean,
  condition: Condition,
  evidence: Entity,
  weight: number,
): void {
  const s = { condition, evidence, weight: Math.min(1, weight) };
  const i = again
    ? lent.findIndex((x) => x.condition.id === condition.id && x.evidence.id === evidence.id)
    : -1;
  if (i < 0) lent.push(s);
  else if ((lent[i] as Support).weight < s.weight) lent[i] = s;
}

/** Per condition, the share of its score kept after the denied evidence (null: all kept). */
function denialFactors(
  links: EvidenceLinks,
  absent: readonly Entity[],
): Map<string, number> | null {
  if (absent.length === 0) return null;
  const kept = new Map<string, number>();
  const lower = (id: string, by: number) => kept.set(id, (kept.get(id) ?? 1) * (1 - by));
  for (const e of absent) {
    if (e.kind === "CONDITION") lower(e.id, ABSENT_WEIGHT);
    if (e.kind !== "SYMPTOM") continue;
    for (const { condition, factor } of links.presenting(e))
      lower(condition.id, ABSENT_WEIGHT * factor);
  }
  return kept;
}
