/** The ways a finding is matched, each with its own weight and confidence. */
export type MatchWay = "named" | "factor" | "specific" | "general" | "siteless";

/** What may lower a match below its way's figure. */
export interface MatchDoubts {
  /** The site was named earlier, not in the same clause. */
  readonly carriedSite?: boolean;
  /** A word was read through a typo. */
  readonly typo?: boolean;
  /** The runner only asks about or fears it ("is it plantar fasciitis?"). */
  readonly hedged?: boolean;
}

/**
 * How strongly the trace counts a finding as evidence, by way: the figures the condition
 * model, the root-cause ranking and the interview were built and tested with (named 0.97,
 * factor 0.95, specific 0.95, general 0.92, siteless 0.93, less 0.05 for a carried site,
 * 0.08 for a typo, 0.27 for a question). Kept apart from {@link CONFIDENCE} on purpose: a
 * finding's evidential weight is a modelling choice, its confidence a measured share.
 */
export const EVIDENCE_WEIGHT = {
  named: 0.97,
  factor: 0.95,
  specific: 0.95,
  general: 0.92,
  siteless: 0.93,
  carriedSite: 0.05,
  typo: 0.08,
  hedged: 0.27,
} as const;

/**
 * The confidence a finding is reported with, by way: the share of such matches that were
 * right on the first three held-out sets pooled (tests/understand/heldout.yaml,
 * heldout2.yaml, heldout3.yaml: 602 complaints labelled from the articles by writers who
 * never saw the reader; measured 2026-12-01 on the round-3 reader, rounded down). Those
 * sets were written blind, but the reader has since been fixed from the first two sets'
 * misses, the third set's warning signs were seen, and the figures were fitted on them.
 * The fourth set (heldout4.yaml), written blind afterwards, is the blind check: 88.0% of
 * its matches at 0.9 or more were right (80.6% with the trace's weights as confidence), so
 * these figures run about five points high. On the tuned set every way is right 93-100% of
 * the time. No way reaches 95% on the held-out sets (named and factor 94%, specific 93%),
 * so the contract's "of matches at 0.9 or more, at least 95% are right" holds on the tuned
 * set only (see the README).
 */
export const CONFIDENCE = {
  /** The runner named the entity ("plantar fasciitis", "flat feet"): 94% of 33 matches. */
  named: 0.94,
  /** A cause from a factor or a quantity the runner reports: 94% of 132 matches. */
  factor: 0.94,
  /** A symptom at the site named, with a specific feeling or timing: 93% of 242. */
  specific: 0.93,
  /** A site's general symptom from generic pain ("my heel hurts"): 74% of 169. */
  general: 0.74,
  /** A symptom that needs no site (limping, pain not improving): 77% of 60. */
  siteless: 0.77,
  /** Taken off for a carried site: such specific symptoms were 74% right (85 matches). */
  carriedSite: 0.19,
  /** Taken off for a typo: typo-read specific symptoms were 76% right (21 matches). */
  typo: 0.17,
  /**
   * Taken off a name only asked about: 2 of 13 such matches were labelled (15%), but the
   * held-out writers' rule never takes a question as a report, so that share measures the
   * rule more than the runner's guess; a hedged name is reported at 0.30, a judgement.
   */
  hedged: 0.64,
} as const;

/** A finding's evidential weight and reported confidence, both in 0..1. */
export interface MatchStrength {
  readonly weight: number;
  readonly confidence: number;
}

/** The weight and confidence of a match made `way`, lowered by each of its `doubts`. */
export function strengthOf(way: MatchWay, doubts: MatchDoubts = {}): MatchStrength {
  return {
    weight: lowered(EVIDENCE_WEIGHT, way, doubts),
    confidence: lowered(CONFIDENCE, way, doubts),
  };
}

/**
 * `table`'s figure for `way` less each doubt's (no closure per call: the reader asks this
 * for every candidate it weighs).
 */
function lowered(
  table: typeof EVIDENCE_WEIGHT | typeof CONFIDENCE,
  way: MatchWay,
  doubts: MatchDoubts,
): number {
  return (
    table[way] -
    (doubts.carriedSite === true ? table.carriedSite : 0) -
    (doubts.typo === true ? table.typo : 0) -
    (doubts.hedged === true ? table.hedged : 0)
  );
}

/**
 * The weight and confidence of a cause read from a quantity past an indicator's threshold
 * ("25 to 40 miles a week"): the indicator's own figure (graph-data, default 0.95, as
 * plain as a reported factor) as the weight, and at most a factor's confidence.
 */
export function quantityStrength(indicator: number): MatchStrength {
  return { weight: indicator, confidence: Math.min(indicator, CONFIDENCE.factor) };
}
