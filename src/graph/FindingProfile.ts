import type { Origin, SourceRef } from "./model.js";
import type { Measure } from "./vocabulary.js";

/**
 * Confidence of a match through an indicator that states none (0.95): a quantity the
 * runner gives past the threshold the article names is as plain as a factor the runner
 * reports, and weighs as much (src/understand's EVIDENCE_WEIGHT.factor); its reported
 * confidence is the measured one of such matches, at most this.
 */
export const DEFAULT_INDICATOR_CONFIDENCE = 0.95;

/** A quantity past which a cause is indicated. */
export interface Indicator {
  readonly measure: Measure;
  readonly above: number;
  /**
   * A quantity at or below this says the cause is not there, read as denied ("by only 5%",
   * shoes with 200 miles); null (the default): one at or below `above` only rules it out.
   */
  readonly deniedAtOrBelow: number | null;
  /** Confidence of a match through this indicator (default {@link DEFAULT_INDICATOR_CONFIDENCE}). */
  readonly confidence: number;
}

/** What an entity is in findings (graph-data `findings`, keyed by entity id). */
export interface FindingProfile {
  readonly entity: string;
  readonly sites: readonly string[];
  /** Sites within `sites` that do not match. */
  readonly notSites: readonly string[];
  readonly feelings: readonly string[];
  readonly timings: readonly string[];
  /** One of these timings must also be reported, besides one of `timings`. */
  readonly with: readonly string[];
  readonly factors: readonly string[];
  /** Factors that rule the cause out in the same clause. */
  readonly unless: readonly string[];
  /** Feelings or timings that match on their own, whatever else is listed. */
  readonly enough: readonly string[];
  /** Any one listed feeling or timing is enough (else a feeling and a timing are both needed). */
  readonly anyOf: boolean;
  readonly indicators: readonly Indicator[];
  /** The site's general symptom, matched by generic pain when nothing more specific is. */
  readonly general: boolean;
  /**
   * A sign that may be said without a place ("it is swollen", "limping"): where the
   * complaint names no site, here or before, it matches as said; where it names one, only
   * at its own `sites` (none: that site's own symptom is read instead). Default false.
   */
  readonly unplaced: boolean;
  /**
   * A sign of the whole leg ("can't walk"): said at a site no profile reads it at ("a pop in
   * my achilles and can't walk"), it is read as said without a place, so a red flag is never
   * lost to where the pain is; at a site with a sign of its own for it (the ankle's), that
   * sign is read instead. Default false.
   */
  readonly anywhere: boolean;
  /**
   * For a condition's general profile (runners-ankle, "ankle pain after running", read from
   * generic ankle pain): the symptom that pain is (ankle-pain-sides). The reading names the
   * condition, but it says no more than the pain, so the trace weighs it as that symptom
   * rather than as a condition the runner reported. Null for every other profile (default).
   */
  readonly countsAs: string | null;
  /**
   * Symptoms this one takes in when the same person reports both: the article names them
   * as part of it ("sudden, acute heel pain, especially if accompanied by ... inability to
   * bear weight"), so the reading keeps this one alone. Each is as urgent as this one at
   * most (a red flag only taken in by a red flag, a warning sign by a warning sign), so
   * triage never drops. Default none.
   */
  readonly takesIn: readonly string[];
  /**
   * Sites whose pain this sign's (at its `sites`) is said to have come before ("my hip hurt
   * first, then my ankle": hip pain before ankle pain), read from the order words between
   * the two (vocabulary `firstWords`, `beforeWords`, `laterWords`, `startWords`; src/understand's SiteOrder), not from
   * feelings. Default none.
   */
  readonly cameBefore: readonly string[];
  readonly sources: readonly SourceRef[];
  readonly origin: Origin;
}
