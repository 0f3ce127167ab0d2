import { describeHeldOutSet } from "./heldoutSuite.js";

// The forty-ninth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part y of stop 40's fourth wave (see
// heldout49.yaml's header: 101 cases of warning and see-a-doctor signs, said, denied, over,
// taken back, of others, and look-alikes). Its first run, on stop 40's last reader (5ed4cf9)
// before any case was read, measured 82.8% precision, 88.8% recall, side 100%, 94.4% (17 right
// of 18 matches given 0.9 or more), warning signs 36 of 37, six invariants broken; stop 39's
// reader (27bd0ce) reads it 82.2% / 88.2%, warning signs 36 of 37.
describeHeldOutSet({
  name: "forty-ninth held-out set (tests/understand/heldout49.yaml)",
  complaints: new URL("./heldout49.yaml", import.meta.url),
  knownFailures: new URL("./heldout49.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 82.8% (135 right, 28 wrong) at the first run. */
    precision: 0.8,
    /** Measured 88.8% (17 missed of 152 labels) at the first run. */
    recall: 0.85,
    /** Measured 100% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 94.4% (17 right of 18 matches given 0.9 or more) at the first run. */
    highConfidence: 0.88,
  },
});
