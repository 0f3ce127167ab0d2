import { describeHeldOutSet } from "./heldoutSuite.js";

// The forty-sixth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part s of stop 40's third wave (see
// heldout46.yaml's header: 101 cases of warning and see-a-doctor signs, said, denied, over,
// taken back, of others, and look-alikes). Its first run, on the reader of 0d872bc (stop 40's
// fourth commit) before any case was read, measured 86.1% precision, 91.9% recall, side 100%,
// 100% (18 right of 18 matches given 0.9 or more), warning signs 37 of 37, eight invariants
// broken (two over signs URGENT, five look-alikes read); stop 39's reader reads it 86.0% /
// 91.1%, warning signs 36 of 37.
describeHeldOutSet({
  name: "forty-sixth held-out set (tests/understand/heldout46.yaml)",
  complaints: new URL("./heldout46.yaml", import.meta.url),
  knownFailures: new URL("./heldout46.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 86.1% (124 right, 20 wrong) at the first run. */
    precision: 0.83,
    /** Measured 91.9% (11 missed of 135 labels) at the first run. */
    recall: 0.88,
    /** Measured 100% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 100% (18 right of 18 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
