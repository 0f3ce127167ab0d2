import { describeHeldOutSet } from "./heldoutSuite.js";

// The twenty-ninth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part d of the twenty-seventh (see heldout29.yaml's
// header: 114 cases of everyday complaints in many voices, sides said in different ways, denials
// and partial answers, and texts nothing can be read from). It arrived after stop 39's first rounds
// (made from sets 19-26), so its first run (at 9aa3a06) measured them blind: 89.3% precision, 92.4%
// recall, side 84.1%, 94.4% (17 right of 18 matches given 0.9 or more), warning signs 20 of 21;
// stop 38's reader (e1f514f) on it: 89.3% / 92.4%, the same. Changes made after reading it are in-
// sample.
describeHeldOutSet({
  name: "twenty-ninth held-out set (tests/understand/heldout29.yaml)",
  complaints: new URL("./heldout29.yaml", import.meta.url),
  knownFailures: new URL("./heldout29.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 89.3% (133 right, 16 wrong) at the first run. */
    precision: 0.86,
    /** Measured 92.4% (11 missed of 144 labels) at the first run. */
    recall: 0.89,
    /** Measured 84.1% of the cases with a labelled side at the first run. */
    side: 0.81,
    /** Measured 94.4% (17 right of 18 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
