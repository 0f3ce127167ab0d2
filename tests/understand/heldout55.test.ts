import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifty-fifth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part 41a of stop 41's wave (see heldout55.yaml's
// header: 100 everyday complaints typed to an app, about a sixth with warning signs, about
// ten off-topic or uncovered). Its first run, on stop 41's reader of db2d0a0 before any case
// was read, measured 86.8% precision, 87.5% recall, side 100%, 95.7% (22 right of 23 matches
// given 0.9 or more), warning signs 14 of 14, no invariant broken; stop 40's reader (db7766d)
// reads it the same.
describeHeldOutSet({
  name: "fifty-fifth held-out set (tests/understand/heldout55.yaml)",
  complaints: new URL("./heldout55.yaml", import.meta.url),
  knownFailures: new URL("./heldout55.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 86.8% (112 right, 17 wrong) at the first run. */
    precision: 0.83,
    /** Measured 87.5% (16 missed of 128 labels) at the first run. */
    recall: 0.84,
    /** Measured 100% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 95.7% (22 right of 23 matches given 0.9 or more) at the first run. */
    highConfidence: 0.87,
  },
});
