import { describeHeldOutSet } from "./heldoutSuite.js";

// The held-out set: written from the articles alone, before its author read the reader or
// its tuning set, and committed before the reader first ran on it (see heldout.yaml's
// header). Only safety invariants are held exactly; precision and recall have floors.
describeHeldOutSet({
  name: "the held-out complaints (tests/understand/heldout.yaml)",
  complaints: new URL("./heldout.yaml", import.meta.url),
  knownFailures: new URL("./heldout.knownFailures.yaml", import.meta.url),
  // Floors a little below what was measured on 2026-12-01, the first run on the set (beside
  // each); they catch a regression, not a target. The tuned set (labelled.test.ts) reads
  // 98.8% / 94%: the gap is the point of this set.
  floors: {
    /** Measured 77.4% (188 right, 55 wrong). */
    precision: 0.75,
    /** Measured 70.1% (80 missed). */
    recall: 0.67,
    /** Measured 90.0% of 20 cases with a labelled side. */
    side: 0.85,
    /** Measured 76.9% right of 234 matches given a confidence of 0.9 or more. */
    highConfidence: 0.74,
  },
});
