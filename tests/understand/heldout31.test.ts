import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirty-first held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part c of the twenty-seventh (see heldout31.yaml's
// header: 100 cases on the kinetic chain and hips, pain only in some circumstance, a site carried
// by 'it', and races). It arrived after stop 39's rounds from sets 19-29, so its first run (at
// 27cd286) measured them blind: 88.1% precision, 85.8% recall, side 98.5%, 94.1% (16 right of 17
// matches given 0.9 or more), warning signs 15 of 15; stop 38's reader (e1f514f) on it: 87.2% /
// 83.2%. Changes made after reading it are in-sample.
describeHeldOutSet({
  name: "thirty-first held-out set (tests/understand/heldout31.yaml)",
  complaints: new URL("./heldout31.yaml", import.meta.url),
  knownFailures: new URL("./heldout31.knownFailures.yaml", import.meta.url),
  // Its writer's share (the chain, conditions, pronouns, races) held no off-topic one.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 88.1% (133 right, 18 wrong) at the first run. */
    precision: 0.85,
    /** Measured 85.8% (22 missed of 155 labels) at the first run. */
    recall: 0.82,
    /** Measured 98.5% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 94.1% (16 right of 17 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
