import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirty-fourth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part g of the thirtieth (see heldout34.yaml's
// header: 118 cases of everyday complaints in many voices, sides said in different ways,
// denials and partial answers, and texts nothing can be read from). It arrived last of all,
// after every round of stop 39, so its first run (at 0f6711b) measured them blind: 88.5%
// precision, 91.6% recall, side 85.4%, 95.5% (21 right of 22 matches given 0.9 or more),
// warning signs 21 of 21; stop 38's reader (e1f514f) reads it the same (this share is not
// what the stop's rounds changed).
describeHeldOutSet({
  name: "thirty-fourth held-out set (tests/understand/heldout34.yaml)",
  complaints: new URL("./heldout34.yaml", import.meta.url),
  knownFailures: new URL("./heldout34.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 88.5% (131 right, 17 wrong) at the first run. */
    precision: 0.85,
    /** Measured 91.6% (12 missed of 143 labels) at the first run. */
    recall: 0.88,
    /** Measured 85.4% of the cases with a labelled side at the first run. */
    side: 0.82,
    /** Measured 95.5% (21 right of 22 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
