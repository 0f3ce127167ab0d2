import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirtieth held-out set: written from the articles alone, blind to the reader, its vocabulary
// and the earlier sets' cases, as part e of the twenty-seventh (see heldout30.yaml's header: 96
// cases on the kinetic chain and hips, pain only in some circumstance, a site carried by 'it', and
// races). It arrived after stop 39's rounds from sets 19-29, so its first run (at 27cd286) measured
// them blind: 88.7% precision, 86.4% recall, side 94.1%, 86.7% (13 right of 15 matches given 0.9 or
// more), warning signs 15 of 15; stop 38's reader (e1f514f) on it: 87.9% / 79.9%. Changes made
// after reading it are in-sample.
describeHeldOutSet({
  name: "thirtieth held-out set (tests/understand/heldout30.yaml)",
  complaints: new URL("./heldout30.yaml", import.meta.url),
  knownFailures: new URL("./heldout30.knownFailures.yaml", import.meta.url),
  // Its writer's share (the chain, conditions, pronouns, races) held no off-topic one.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 88.7% (133 right, 17 wrong) at the first run. */
    precision: 0.85,
    /** Measured 86.4% (21 missed of 154 labels) at the first run. */
    recall: 0.83,
    /** Measured 94.1% of the cases with a labelled side at the first run. */
    side: 0.91,
    /** Measured 86.7% (13 right of 15 matches given 0.9 or more) at the first run. */
    highConfidence: 0.8,
  },
});
