import { describeHeldOutSet } from "./heldoutSuite.js";

// The tenth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets, and committed before the reader first ran on it (see
// heldout10.yaml's header). Nobody tunes against it; it checks the next stop's reader changes
// and the calibration of the reader's confidence. Only safety invariants are held exactly.
describeHeldOutSet({
  name: "tenth held-out set (tests/understand/heldout10.yaml)",
  complaints: new URL("./heldout10.yaml", import.meta.url),
  knownFailures: new URL("./heldout10.knownFailures.yaml", import.meta.url),
  // First run (main at 47732eb, session 30, before reader round 9; 246 cases; warning-sign
  // recall 95.5%, 42 of 44 URGENT cases, both misses misspelt heels; no URGENT from a denied
  // sign; one off-topic match; the six safety breaks are in heldout10.knownFailures.yaml).
  // Floors a little below it: they catch a regression, not a target.
  floors: {
    /** Measured 85.0% (271 right, 48 wrong). */
    precision: 0.83,
    /** Measured 84.2% (51 missed of 322 labels). */
    recall: 0.82,
    /** Measured 79.5% (35 of 44 cases with a labelled side); one wrong side is 2.3 points. */
    side: 0.77,
    /** Measured 97.0% (32 right of 33 matches given 0.9 or more); one wrong is 3.0 points. */
    highConfidence: 0.93,
  },
});
