import { describeHeldOutSet } from "./heldoutSuite.js";

// The forty-fourth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part t of stop 40's third wave (see
// heldout44.yaml's header: 103 cases of everyday complaints in plain words). Its first run, on
// the reader of 0d872bc (stop 40's fourth commit) before any case was read, measured 90.0%
// precision, 91.4% recall, side 100%, 100% (27 right of 27 matches given 0.9 or more), warning
// signs 10 of 10, no invariant broken; stop 39's reader reads it the same.
describeHeldOutSet({
  name: "forty-fourth held-out set (tests/understand/heldout44.yaml)",
  complaints: new URL("./heldout44.yaml", import.meta.url),
  knownFailures: new URL("./heldout44.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 90.0% (117 right, 13 wrong) at the first run. */
    precision: 0.87,
    /** Measured 91.4% (11 missed of 128 labels) at the first run. */
    recall: 0.88,
    /** Measured 100% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 100% (27 right of 27 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
