import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirty-ninth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part m of stop 40's second wave (see
// heldout39.yaml's header: 102 cases of messy text, twenty-three of them mixing in words of
// other languages). Its first run, on the reader of a46fc5f (stop 40's second commit) before any
// case was read, measured 81.1% precision, 80.5% recall, side 95.0%, 100% (17 right of 17
// matches given 0.9 or more), warning signs 18 of 19, seven invariants broken; stop 39's reader
// (27bd0ce) reads it 80.4% / 67.2%, side 60.0%, warning signs 14 of 19.
describeHeldOutSet({
  name: "thirty-ninth held-out set (tests/understand/heldout39.yaml)",
  complaints: new URL("./heldout39.yaml", import.meta.url),
  knownFailures: new URL("./heldout39.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 81.1% (103 right, 24 wrong) at the first run. */
    precision: 0.78,
    /** Measured 80.5% (25 missed of 128 labels) at the first run. */
    recall: 0.77,
    /** Measured 95.0% of the cases with a labelled side at the first run. */
    side: 0.9,
    /** Measured 100% (17 right of 17 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
