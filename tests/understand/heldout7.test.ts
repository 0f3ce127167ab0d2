import { describeHeldOutSet } from "./heldoutSuite.js";

// The seventh held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets, and committed before the reader first ran on it (see
// heldout7.yaml's header). Nobody tunes against it; it checks the next stop's reader changes
// and the calibration of the reader's confidence. Only safety invariants are held exactly.
describeHeldOutSet({
  name: "seventh held-out set (tests/understand/heldout7.yaml)",
  complaints: new URL("./heldout7.yaml", import.meta.url),
  knownFailures: new URL("./heldout7.knownFailures.yaml", import.meta.url),
  // First run (main at 2697e83, session 27, before reader round 6; warning-sign recall 97.5%,
  // 39 of 40 URGENT cases; one URGENT from a denied sign; no off-topic matches; the three
  // safety breaks are in heldout7.knownFailures.yaml). Floors a little below it: they catch a
  // regression, not a target.
  floors: {
    /** Measured 87.5% (274 right, 39 wrong). */
    precision: 0.85,
    /** Measured 83.5% (54 missed of 328 labels). */
    recall: 0.81,
    /** Measured 82.7% (43 of 52 cases with a labelled side); one wrong side is 1.9 points. */
    side: 0.8,
    /** Measured 93.9% (31 right of 33 matches given 0.9 or more); one wrong is 3 points. */
    highConfidence: 0.9,
  },
});
