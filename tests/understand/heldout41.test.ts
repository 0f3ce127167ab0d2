import { describeHeldOutSet } from "./heldoutSuite.js";

// The forty-first held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part o of stop 40's second wave (see
// heldout41.yaml's header: 103 cases of warning and see-a-doctor signs, said, denied, over,
// taken back, of others, and look-alikes). Its first run, on the reader of a46fc5f (stop 40's
// second commit) before any case was read, measured 80.0% precision, 86.5% recall, side 90.0%,
// 95.5% (21 right of 22 matches given 0.9 or more), warning signs 39 of 39, eleven invariants
// broken (four over or denied signs URGENT, six look-alikes read); stop 39's reader reads it
// 79.9% / 85.8%, warning signs 38 of 39.
describeHeldOutSet({
  name: "forty-first held-out set (tests/understand/heldout41.yaml)",
  complaints: new URL("./heldout41.yaml", import.meta.url),
  knownFailures: new URL("./heldout41.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 80.0% (128 right, 32 wrong) at the first run. */
    precision: 0.77,
    /** Measured 86.5% (20 missed of 148 labels) at the first run. */
    recall: 0.83,
    /** Measured 90.0% of the cases with a labelled side at the first run. */
    side: 0.86,
    /** Measured 95.5% (21 right of 22 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
