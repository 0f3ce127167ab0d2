import { describeHeldOutSet } from "./heldoutSuite.js";

// The fiftieth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part z of stop 40's fourth wave (see
// heldout50.yaml's header: 102 cases of everyday complaints in plain words). Its first run, on
// stop 40's last reader (5ed4cf9) before any case was read, measured 89.1% precision, 93.9%
// recall, side 100%, 100% (21 right of 21 matches given 0.9 or more), warning signs 14 of 14,
// two invariants broken; stop 39's reader reads it 89.1% / 93.1%, side 96.6%.
describeHeldOutSet({
  name: "fiftieth held-out set (tests/understand/heldout50.yaml)",
  complaints: new URL("./heldout50.yaml", import.meta.url),
  knownFailures: new URL("./heldout50.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 89.1% (123 right, 15 wrong) at the first run. */
    precision: 0.86,
    /** Measured 93.9% (8 missed of 131 labels) at the first run. */
    recall: 0.9,
    /** Measured 100% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 100% (21 right of 21 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
