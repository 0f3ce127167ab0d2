import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifty-first held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part w of stop 40's fourth wave (see
// heldout51.yaml's header: 100 cases of messy text, twenty-three mixing in words of other
// languages). Its first run, on stop 40's last reader (35605e2) before any case was read,
// measured 84.1% precision, 83.5% recall, side 93.3%, 100% (17 right of 17 matches given 0.9 or
// more), warning signs 20 of 20, three invariants broken; stop 39's reader (27bd0ce) reads it
// 84.5% / 68.5%, side 53.3%, warning signs 13 of 20.
describeHeldOutSet({
  name: "fifty-first held-out set (tests/understand/heldout51.yaml)",
  complaints: new URL("./heldout51.yaml", import.meta.url),
  knownFailures: new URL("./heldout51.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 84.1% (106 right, 20 wrong) at the first run. */
    precision: 0.81,
    /** Measured 83.5% (21 missed of 127 labels) at the first run. */
    recall: 0.8,
    /** Measured 93.3% of the cases with a labelled side at the first run. */
    side: 0.88,
    /** Measured 100% (17 right of 17 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
