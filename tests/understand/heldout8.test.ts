import { describeHeldOutSet } from "./heldoutSuite.js";

// The eighth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets, and committed before the reader first ran on it (see
// heldout8.yaml's header). Nobody tunes against it; it checks the next stop's reader changes
// and the calibration of the reader's confidence. Only safety invariants are held exactly.
describeHeldOutSet({
  name: "eighth held-out set (tests/understand/heldout8.yaml)",
  complaints: new URL("./heldout8.yaml", import.meta.url),
  knownFailures: new URL("./heldout8.knownFailures.yaml", import.meta.url),
  // First run (main at 1d40dd9, session 28, before reader round 7; 254 cases; warning-sign
  // recall 97.2%, 35 of 36 URGENT cases; no URGENT from a denied sign; no off-topic matches;
  // the two safety breaks are in heldout8.knownFailures.yaml). Floors a little below it: they
  // catch a regression, not a target.
  floors: {
    /** Measured 86.3% (297 right, 47 wrong). */
    precision: 0.84,
    /** Measured 84.9% (53 missed of 350 labels). */
    recall: 0.82,
    /** Measured 93.6% (44 of 47 cases with a labelled side); one wrong side is 2.1 points. */
    side: 0.9,
    /** Measured 97.3% (36 right of 37 matches given 0.9 or more); one wrong is 2.7 points. */
    highConfidence: 0.94,
  },
});
