import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import {
  formatMetrics,
  type LabelledComplaint,
  type LabelMetrics,
  labelMetrics,
  loadComplaints,
} from "./labelMetrics.js";
import {
  breaking,
  type CaseOutcome,
  disagreements,
  keeps,
  loadKnownFailures,
  outcomes,
  SAFETY_INVARIANTS,
  type SafetyInvariant,
} from "./safetyChecks.js";

/**
 * Floors a held-out set is scored against: a little below its first measurement, so they
 * catch a regression without being a target to tune for.
 */
export interface HeldOutFloors {
  readonly precision: number;
  readonly recall: number;
  /** Labelled sides read right, over cases with a labelled side. */
  readonly side: number;
  /** Right matches among those given a confidence of 0.9 or more. */
  readonly highConfidence: number;
}

/** One held-out complaint set and what it is held to. */
export interface HeldOutSet {
  /** Printed before the metrics and used as the suite's name. */
  readonly name: string;
  /** The labelled complaints (format: labelMetrics.ts's LabelledComplaint). */
  readonly complaints: URL;
  /** Cases known to break a safety invariant (format: safetyChecks.ts's KnownFailure). */
  readonly knownFailures: URL;
  readonly floors: HeldOutFloors;
  /**
   * The set has no off-topic case, so its off-topic invariant holds of nothing (a part of a
   * set written on given tags, heldout18). Default false: a set must have one.
   */
  readonly withoutOffTopic?: boolean;
  /**
   * The set has no case with nothing labelled (the uncovered invariant's), as a part written
   * on given tags may not (heldout21). Default false: a set must have one.
   */
  readonly withoutUnlabelled?: boolean;
}

/**
 * Declares the tests of one held-out set on the real graph: its labels name only symptoms,
 * causes and conditions; every safety invariant holds exactly, except for the listed known
 * failures, which run as expected failures (visible, and failing once fixed until taken off
 * the list); precision, recall, sides and high-confidence matches stay above their floors.
 * Prints the metrics, and every disagreement when SHOW_LABEL_ERRORS is set.
 */
export function describeHeldOutSet(set: HeldOutSet): void {
  const knownFailures = loadKnownFailures(set.knownFailures);
  const invariants = Object.keys(SAFETY_INVARIANTS) as SafetyInvariant[];
  const known = (invariant: SafetyInvariant) =>
    knownFailures.filter((f) => f.invariant === invariant).map((f) => f.text);

  describe(set.name, () => {
    let kb: KnowledgeBase;
    let cases: LabelledComplaint[];
    let metrics: LabelMetrics;
    let all: CaseOutcome[];
    beforeAll(async () => {
      kb = await realKb();
      cases = loadComplaints(set.complaints);
      metrics = labelMetrics(kb, cases);
      all = outcomes(kb, cases);
      console.log(`${set.name}\n${formatMetrics(metrics)}`);
      if (process.env.SHOW_LABEL_ERRORS) console.log(disagreements(all).join("\n"));
    });

    it("name only current symptoms, causes and conditions", () => {
      const kinds = ["SYMPTOM", "CAUSE", "CONDITION"];
      const unknown = cases
        .flatMap((c) => [...c.present, ...c.absent])
        .filter((id) => !kinds.includes(kb.data.entities.get(id)?.kind ?? ""));
      expect(unknown).toEqual([]);
    });

    it("list known failures only for cases of the set", () => {
      const texts = new Set(cases.map((c) => c.text));
      expect(knownFailures.filter((f) => !texts.has(f.text))).toEqual([]);
    });

    it("have the cases each invariant is about", () => {
      expect(metrics.warningSignCases).toBeGreaterThan(0);
      if (set.withoutOffTopic === true) expect(metrics.offTopicCases).toBe(0);
      else expect(metrics.offTopicCases).toBeGreaterThan(0);
      expect(cases.some((c) => c.absent.length > 0)).toBe(true);
      expect(cases.some((c) => c.present.length + c.absent.length === 0)).toBe(
        set.withoutUnlabelled !== true,
      );
    });

    for (const invariant of invariants)
      it(`keep the safety invariant: ${SAFETY_INVARIANTS[invariant]}`, () => {
        // A known failure that now passes fails here too: take it off the list.
        expect(breaking(kb, all, invariant).sort()).toEqual(known(invariant).sort());
      });

    it("are read with precision, recall, sides and confidence above their floors", () => {
      expect(metrics.precision).toBeGreaterThanOrEqual(set.floors.precision);
      expect(metrics.recall).toBeGreaterThanOrEqual(set.floors.recall);
      expect(metrics.sideAccuracy).toBeGreaterThanOrEqual(set.floors.side);
      const high = metrics.calibration.filter((b) => b.from >= 0.9);
      const matches = high.reduce((n, b) => n + b.matches, 0);
      const right = high.reduce((n, b) => n + b.right, 0);
      expect(matches).toBeGreaterThan(0);
      expect(right / matches).toBeGreaterThanOrEqual(set.floors.highConfidence);
    });

    // Each known failure is an expected failure: it shows in the run, and once fixed it
    // fails (with the invariant's test above) until its entry is removed.
    describe.runIf(knownFailures.length > 0)("known failures", () => {
      for (const f of knownFailures)
        it.fails(`${f.invariant}: ${JSON.stringify(f.text)} (${f.reason})`, () => {
          const o = all.find((x) => x.complaint.text === f.text);
          expect(o !== undefined && keeps(kb, o, f.invariant)).toBe(true);
        });
    });
  });
}
