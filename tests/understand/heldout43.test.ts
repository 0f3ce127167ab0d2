import { describeHeldOutSet } from "./heldoutSuite.js";

// The forty-third held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part q of stop 40's third wave (see
// heldout43.yaml's header: 105 cases of messy text, twenty-three of them mixing in words of
// other languages). Its first run, on the reader of 0d872bc (stop 40's fourth commit) before any
// case was read, measured 84.7% precision, 77.5% recall, side 91.4%, 100% (20 right of 20
// matches given 0.9 or more), warning signs 20 of 21, three invariants broken; stop 39's reader
// (27bd0ce) reads it 82.2% / 64.3%, side 62.9%, warning signs 17 of 21.
describeHeldOutSet({
  name: "forty-third held-out set (tests/understand/heldout43.yaml)",
  complaints: new URL("./heldout43.yaml", import.meta.url),
  knownFailures: new URL("./heldout43.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 84.7% (100 right, 18 wrong) at the first run. */
    precision: 0.81,
    /** Measured 77.5% (29 missed of 129 labels) at the first run. */
    recall: 0.74,
    /** Measured 91.4% of the cases with a labelled side at the first run. */
    side: 0.87,
    /** Measured 100% (20 right of 20 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
