import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirty-fifth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part i of stop 40's wave (see heldout35.yaml's
// header: 104 cases of everyday complaints: heel, Achilles, ankle and sole pain in plain words,
// with durations, trends, timing, what was tried, pain scores and sides). Its first run, on stop
// 39's reader (27bd0ce) before any case was read, measured 91.9% precision, 94.7% recall, side
// 100%, 100% (25 right of 25 matches given 0.9 or more), warning signs 13 of 13; it broke two
// invariants (an off-topic case and a general question).
describeHeldOutSet({
  name: "thirty-fifth held-out set (tests/understand/heldout35.yaml)",
  complaints: new URL("./heldout35.yaml", import.meta.url),
  knownFailures: new URL("./heldout35.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 91.9% (125 right, 11 wrong) at the first run. */
    precision: 0.88,
    /** Measured 94.7% (7 missed of 132 labels) at the first run. */
    recall: 0.91,
    /** Measured 100% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 100% (25 right of 25 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
