import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirty-third held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part h of the thirtieth (see heldout33.yaml's
// header: 97 cases on the kinetic chain and hips, pain only in some circumstance, a site carried by
// 'it', and races). It arrived in stop 39's last hour, after every round made from sets 19-31, so
// its first run (at 109812f) measured them blind: 91.3% precision, 90.7% recall, side 98.3%, 100%
// (15 right of 15 matches given 0.9 or more), warning signs 15 of 16; stop 38's reader (e1f514f) on
// it: 89.7% / 85.8%. Changes made after reading it are in-sample.
describeHeldOutSet({
  name: "thirty-third held-out set (tests/understand/heldout33.yaml)",
  complaints: new URL("./heldout33.yaml", import.meta.url),
  knownFailures: new URL("./heldout33.knownFailures.yaml", import.meta.url),
  // Its writer's share (the chain, conditions, pronouns, races) held no off-topic one.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 91.3% (147 right, 14 wrong) at the first run. */
    precision: 0.88,
    /** Measured 90.7% (15 missed of 162 labels) at the first run. */
    recall: 0.87,
    /** Measured 98.3% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 100% (15 right of 15 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
