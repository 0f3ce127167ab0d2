import { describeHeldOutSet } from "./heldoutSuite.js";

// The forty-eighth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part v of stop 40's third wave (see
// heldout48.yaml's header: 101 cases of warning and see-a-doctor signs, said, denied, over,
// taken back, of others, and look-alikes). Its first run, on the reader of 5c892db (stop 40's
// last reader commit but one) before any case was read, measured 88.8% precision, 88.8% recall,
// side 95.7%, 96.4% (27 right of 28 matches given 0.9 or more), warning signs 38 of 38, six
// invariants broken (three over signs URGENT, two look-alikes read); stop 39's reader reads it
// 88.7% / 88.1%.
describeHeldOutSet({
  name: "forty-eighth held-out set (tests/understand/heldout48.yaml)",
  complaints: new URL("./heldout48.yaml", import.meta.url),
  knownFailures: new URL("./heldout48.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 88.8% (127 right, 16 wrong) at the first run. */
    precision: 0.85,
    /** Measured 88.8% (16 missed of 143 labels) at the first run. */
    recall: 0.85,
    /** Measured 95.7% of the cases with a labelled side at the first run. */
    side: 0.9,
    /** Measured 96.4% (27 right of 28 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
