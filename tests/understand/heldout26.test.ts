import { describeHeldOutSet } from "./heldoutSuite.js";

// The twenty-sixth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part d of the twenty-third (see heldout26.yaml's
// header: 117 cases of everyday complaints in many voices, sides said in different ways, denials
// and partial answers, and texts nothing can be read from). All four parts arrived within ten
// minutes of stop 39's start, before any change of the stop, so the first run measured stop 38's
// reader (e1f514f) blind: 89.9% precision, 87.3% recall, side 83.3%, 100% (15 right of 15 matches
// given 0.9 or more), warning signs 25 of 25. Changes made after reading it are in-sample.
describeHeldOutSet({
  name: "twenty-sixth held-out set (tests/understand/heldout26.yaml)",
  complaints: new URL("./heldout26.yaml", import.meta.url),
  knownFailures: new URL("./heldout26.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 89.9% (124 right, 14 wrong) at the first run. */
    precision: 0.87,
    /** Measured 87.3% (18 missed of 142 labels) at the first run. */
    recall: 0.84,
    /** Measured 83.3% of the cases with a labelled side at the first run. */
    side: 0.8,
    /** Measured 100% (15 right of 15 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
