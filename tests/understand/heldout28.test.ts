import { describeHeldOutSet } from "./heldoutSuite.js";

// The twenty-eighth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part b of the twenty-seventh (see heldout28.yaml's
// header: 103 cases on the kinetic chain and hips, the order of pains said loosely, pain on other
// activities and app replies). It arrived after stop 39's first rounds (made from sets 19-26), so
// its first run (at 9aa3a06) measured them blind: 87.7% precision, 80.5% recall, side 96.8%, 92.9%
// (13 right of 14 matches given 0.9 or more), warning signs 13 of 15; stop 38's reader (e1f514f) on
// it: 86.1% / 69.8%. Changes made after reading it are in-sample.
describeHeldOutSet({
  name: "twenty-eighth held-out set (tests/understand/heldout28.yaml)",
  complaints: new URL("./heldout28.yaml", import.meta.url),
  knownFailures: new URL("./heldout28.knownFailures.yaml", import.meta.url),
  // Its writer's share (the chain, activities, app replies) held no off-topic one.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 87.7% (136 right, 19 wrong) at the first run. */
    precision: 0.84,
    /** Measured 80.5% (33 missed of 169 labels) at the first run. */
    recall: 0.77,
    /** Measured 96.8% of the cases with a labelled side at the first run. */
    side: 0.93,
    /** Measured 92.9% (13 right of 14 matches given 0.9 or more) at the first run. */
    highConfidence: 0.89,
  },
});
