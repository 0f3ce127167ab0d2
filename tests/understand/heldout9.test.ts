import { describeHeldOutSet } from "./heldoutSuite.js";

// The ninth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets, and committed before the reader first ran on it (see
// heldout9.yaml's header). Nobody tunes against it; it checks the next stop's reader changes
// and the calibration of the reader's confidence. Only safety invariants are held exactly.
describeHeldOutSet({
  name: "ninth held-out set (tests/understand/heldout9.yaml)",
  complaints: new URL("./heldout9.yaml", import.meta.url),
  knownFailures: new URL("./heldout9.knownFailures.yaml", import.meta.url),
  // First run (main at fdb3af2, session 29, before reader round 8; 255 cases; warning-sign
  // recall 94.4%, 34 of 36 URGENT cases; one URGENT from a sign said to be over; no off-topic
  // matches; the four safety breaks are in heldout9.knownFailures.yaml). Floors a little
  // below it: they catch a regression, not a target.
  floors: {
    /** Measured 84.3% (280 right, 52 wrong). */
    precision: 0.82,
    /** Measured 82.1% (61 missed of 341 labels). */
    recall: 0.8,
    /** Measured 90.5% (38 of 42 cases with a labelled side); one wrong side is 2.4 points. */
    side: 0.88,
    /** Measured 97.1% (33 right of 34 matches given 0.9 or more); one wrong is 2.9 points. */
    highConfidence: 0.94,
  },
});
