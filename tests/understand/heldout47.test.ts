import { describeHeldOutSet } from "./heldoutSuite.js";

// The forty-seventh held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part u of stop 40's third wave (see
// heldout47.yaml's header: 103 cases of the kinetic chain, about forty listing three or more
// sites in the order their pains came). Its first run, on the reader of 5c892db (stop 40's last
// reader commit but one) before any case was read, measured 87.0% precision, 76.7% recall, side
// 93.3%, 100% (38 right of 38 matches given 0.9 or more), warning signs 11 of 11, two invariants
// broken (figures of speech); stop 39's reader (27bd0ce) reads it 84.8% / 70.4%, side 90.7%.
describeHeldOutSet({
  name: "forty-seventh held-out set (tests/understand/heldout47.yaml)",
  complaints: new URL("./heldout47.yaml", import.meta.url),
  knownFailures: new URL("./heldout47.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 87.0% (207 right, 31 wrong) at the first run. */
    precision: 0.84,
    /** Measured 76.7% (63 missed of 270 labels) at the first run. */
    recall: 0.73,
    /** Measured 93.3% of the cases with a labelled side at the first run. */
    side: 0.88,
    /** Measured 100% (38 right of 38 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
