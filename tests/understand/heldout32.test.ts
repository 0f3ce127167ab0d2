import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirty-second held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part f of the thirtieth (see heldout32.yaml's
// header: 104 cases on the kinetic chain and hips, the order of pains said loosely, pain on other
// activities and app replies). It arrived in stop 39's last hour, after every round made from sets
// 19-31, so its first run (at 109812f) measured them blind: 92.5% precision, 88.6% recall, side
// 97.3%, 96.2% (25 right of 26 matches given 0.9 or more), warning signs 15 of 15; stop 38's reader
// (e1f514f) on it: 89.4% / 80.8%. Changes made after reading it are in-sample.
describeHeldOutSet({
  name: "thirty-second held-out set (tests/understand/heldout32.yaml)",
  complaints: new URL("./heldout32.yaml", import.meta.url),
  knownFailures: new URL("./heldout32.knownFailures.yaml", import.meta.url),
  // Its writer's share (the chain, activities, app replies) held no off-topic one.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 92.5% (148 right, 12 wrong) at the first run. */
    precision: 0.89,
    /** Measured 88.6% (19 missed of 167 labels) at the first run. */
    recall: 0.85,
    /** Measured 97.3% of the cases with a labelled side at the first run. */
    side: 0.94,
    /** Measured 96.2% (25 right of 26 matches given 0.9 or more) at the first run. */
    highConfidence: 0.92,
  },
});
