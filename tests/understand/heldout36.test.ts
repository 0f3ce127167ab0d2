import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirty-sixth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part k of stop 40's wave (see heldout36.yaml's
// header: 100 cases of warning and see-a-doctor signs: said present in everyday words, denied,
// over, taken back, of another person or an animal, and look-alikes that report nothing). Its
// first run, on stop 39's reader (27bd0ce) before any case was read, measured 86.6% precision,
// 86.6% recall, side 95.7%, 100% (21 right of 21 matches given 0.9 or more), warning signs 33 of
// 35; it broke nine invariants (two warning signs missed, three over or denied signs URGENT,
// three off-topic cases, one general question).
describeHeldOutSet({
  name: "thirty-sixth held-out set (tests/understand/heldout36.yaml)",
  complaints: new URL("./heldout36.yaml", import.meta.url),
  knownFailures: new URL("./heldout36.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 86.6% (116 right, 18 wrong) at the first run. */
    precision: 0.83,
    /** Measured 86.6% (18 missed of 134 labels) at the first run. */
    recall: 0.83,
    /** Measured 95.7% of the cases with a labelled side at the first run. */
    side: 0.9,
    /** Measured 100% (21 right of 21 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
