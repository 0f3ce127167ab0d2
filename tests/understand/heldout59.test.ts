import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifty-ninth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part 41e of stop 41's wave (its writer wrote
// nothing for forty-five minutes, then delivered; see heldout59.yaml's header: 105 messy texts,
// about twenty with words of other languages). Its first run, on 6b8366a before any case was
// read, measured 84.2% precision, 83.0% recall, side 89.4%, 92.3% (24 right of 26 matches
// given 0.9 or more), warning signs 20 of 22, four invariants broken; stop 40's reader
// (db7766d) reads it the same.
describeHeldOutSet({
  name: "fifty-ninth held-out set (tests/understand/heldout59.yaml)",
  complaints: new URL("./heldout59.yaml", import.meta.url),
  knownFailures: new URL("./heldout59.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 84.2% (117 right, 22 wrong) at the first run. */
    precision: 0.81,
    /** Measured 83.0% (24 missed of 141 labels) at the first run. */
    recall: 0.8,
    /** Measured 89.4% of the cases with a labelled side at the first run. */
    side: 0.86,
    /** Measured 92.3% (24 right of 26 matches given 0.9 or more) at the first run. */
    highConfidence: 0.85,
  },
});
