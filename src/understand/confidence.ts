/**
 * Confidence of each way a finding matches, set once for all and checked against the
 * labelled complaints (tests/understand): of the matches at 0.9 or more, at least 95% must
 * be right. The named ones are exact; the rest lose a little for every guess they rest on.
 */
export const CONFIDENCE = {
  /** The runner named the entity ("plantar fasciitis", "flat feet"). */
  named: 0.97,
  /** A cause from a factor the runner reports ("I run on concrete"). */
  factor: 0.95,
  /** A symptom at the site the runner named, with a specific feeling or timing. */
  specific: 0.95,
  /** A site's general symptom from generic pain ("my heel hurts"). */
  general: 0.92,
  /** A symptom that needs no site (limping, pain not improving). */
  siteless: 0.93,
  /** Taken off when the site was named earlier, not in the same clause. */
  carriedSite: 0.05,
  /** Taken off when a word was read through a typo. */
  typo: 0.08,
  /**
   * Taken off a name the runner only asks about or fears ("is it plantar fasciitis?"): a
   * question is not a report, yet the runner is often right, so about even odds.
   */
  hedged: 0.27,
} as const;
