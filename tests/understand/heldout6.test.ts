import { describeHeldOutSet } from "./heldoutSuite.js";

// The sixth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets, and committed before the reader first ran on it (see
// heldout6.yaml's header). Nobody tunes against it; it checks this session's reader changes
// and the calibration of the reader's confidence. Only safety invariants are held exactly.
describeHeldOutSet({
  name: "sixth held-out set (tests/understand/heldout6.yaml)",
  complaints: new URL("./heldout6.yaml", import.meta.url),
  knownFailures: new URL("./heldout6.knownFailures.yaml", import.meta.url),
  // First run (main at 0a26919, session 26, before any of this session's reader changes;
  // warning-sign recall 93.9%, 31 of 33 URGENT cases; no URGENT from a denied sign; no
  // off-topic matches). Floors a little below it: they catch a regression, not a target.
  floors: {
    /** Measured 86.5% (270 right, 42 wrong). */
    precision: 0.84,
    /** Measured 78.7% (73 missed of 343 labels). */
    recall: 0.76,
    /** Measured 96.0% (48 of 50 cases with a labelled side); one wrong side is 2 points. */
    side: 0.92,
    /** Measured 97.2% (35 right of 36 matches given 0.9 or more); one wrong is 2.8 points. */
    highConfidence: 0.92,
  },
});
