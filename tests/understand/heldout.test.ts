import { describeHeldOutSet } from "./heldoutSuite.js";

// The held-out set: written from the articles alone, before its author read the reader or
// its tuning set, and committed before the reader first ran on it (see heldout.yaml's
// header). Only safety invariants are held exactly; precision and recall have floors.
describeHeldOutSet({
  name: "the held-out complaints (tests/understand/heldout.yaml)",
  complaints: new URL("./heldout.yaml", import.meta.url),
  knownFailures: new URL("./heldout.knownFailures.yaml", import.meta.url),
  // Floors a little below what was measured; they catch a regression, not a target. First
  // run on 2026-12-01: precision 77.4%, recall 70.1%, side 90.0%, 76.9% right at 0.9 or
  // more. The reader's fixes of branch reader-safety were made from this set's misses, so
  // it is no longer held out for them: heldout2.test.ts measures whether they generalise.
  // After reader-safety (beside each). The tuned set (labelled.test.ts) reads 98.8% / 94%.
  floors: {
    /** Measured 82.3% (205 right, 44 wrong). */
    precision: 0.8,
    /** Measured 76.5% (63 missed); 76.1% (64) once "feels bruised" meant bruising again. */
    recall: 0.74,
    /** Measured 93.3% of the cases with a labelled side. */
    side: 0.9,
    /**
     * Measured 82.1% right of the matches given a confidence of 0.9 or more; 92.6% (126 of
     * 136) once confidences were fitted on the three held-out sets by way (2026-12-01); 93.8%
     * (30 of 32) fitted by bucket on the four, in sample and out (confidence.test.ts holds
     * the promise; this floor catches a regression).
     */
    highConfidence: 0.9,
  },
});
