import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets, and committed before the reader first ran on it (see
// heldout5.yaml's header). Nobody tunes against it; it checks this session's reader changes
// and the calibration of the reader's confidence. Only safety invariants are held exactly.
describeHeldOutSet({
  name: "fifth held-out set (tests/understand/heldout5.yaml)",
  complaints: new URL("./heldout5.yaml", import.meta.url),
  knownFailures: new URL("./heldout5.knownFailures.yaml", import.meta.url),
  // First run (main at 9a7c8a8, the start of stop 25) and the blind check at the end of
  // stop 25 (after reader round 4, generic ankle pain as runners-ankle and the fitted
  // confidence; nothing was tuned on this set). Floors a little below the second: they
  // catch a regression, not a target.
  floors: {
    /** Measured 77.9% (261 right, 74 wrong), then 83.3% (280 right, 56 wrong). */
    precision: 0.81,
    /** Measured 72.9% (97 missed of 358 labels), then 78.2% (78 missed). */
    recall: 0.76,
    /** Measured 76.6% (36 of 47 cases with a labelled side), then 87.2% (41 of 47). */
    side: 0.85,
    /**
     * Measured 86.9% (153 right of 176 matches given 0.9 or more) with the old figures,
     * then 96.0% (48 of 50) with the fitted ones; one wrong match is 2 points.
     */
    highConfidence: 0.92,
  },
});
