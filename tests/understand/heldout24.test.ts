import { describeHeldOutSet } from "./heldoutSuite.js";

// The twenty-fourth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part b of the twenty-third (see heldout24.yaml's
// header: 97 cases on the kinetic chain and hips, the order of pains said loosely, pain on other
// activities and app replies). All four parts arrived within ten minutes of stop 39's start, before
// any change of the stop, so the first run measured stop 38's reader (e1f514f) blind: 86.2%
// precision, 70.2% recall, side 96.1%, 100% (12 right of 12 matches given 0.9 or more), warning
// signs 14 of 15. Changes made after reading it are in-sample.
describeHeldOutSet({
  name: "twenty-fourth held-out set (tests/understand/heldout24.yaml)",
  complaints: new URL("./heldout24.yaml", import.meta.url),
  knownFailures: new URL("./heldout24.knownFailures.yaml", import.meta.url),
  // Its writer's share (the chain, activities, app replies) held no off-topic case and none
  // with nothing labelled.
  withoutOffTopic: true,
  withoutUnlabelled: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 86.2% (106 right, 17 wrong) at the first run. */
    precision: 0.83,
    /** Measured 70.2% (45 missed of 151 labels) at the first run. */
    recall: 0.67,
    /** Measured 96.1% of the cases with a labelled side at the first run. */
    side: 0.93,
    /** Measured 100% (12 right of 12 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
