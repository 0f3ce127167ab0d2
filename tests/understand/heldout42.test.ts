import { describeHeldOutSet } from "./heldoutSuite.js";

// The forty-second held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part p of stop 40's second wave (see
// heldout42.yaml's header: 106 cases of everyday complaints in plain words). Its first run, on
// the reader of a46fc5f (stop 40's second commit) before any case was read, measured 84.9%
// precision, 92.9% recall, side 100%, 95.7% (22 right of 23 matches given 0.9 or more), warning
// signs 11 of 11, two invariants broken; stop 39's reader reads it the same.
describeHeldOutSet({
  name: "forty-second held-out set (tests/understand/heldout42.yaml)",
  complaints: new URL("./heldout42.yaml", import.meta.url),
  knownFailures: new URL("./heldout42.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 84.9% (118 right, 21 wrong) at the first run. */
    precision: 0.81,
    /** Measured 92.9% (9 missed of 127 labels) at the first run. */
    recall: 0.89,
    /** Measured 100% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 95.7% (22 right of 23 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
