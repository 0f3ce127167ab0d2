import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirty-seventh held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part l of stop 40's wave (see heldout37.yaml's
// header: 110 cases of messy text: typos, speech-to-text errors, chat style, non-native English,
// words of other languages, slang, very short and run-on texts, corrections, questions,
// training-log entries). Its first run, on stop 39's reader (27bd0ce) before any case was read,
// measured 82.0% precision, 80.9% recall, side 64.3%, 100% (17 right of 17 matches given 0.9 or
// more), warning signs 17 of 22; it broke eight invariants (five warning signs missed: four said
// in another language, one typed by voice).
describeHeldOutSet({
  name: "thirty-seventh held-out set (tests/understand/heldout37.yaml)",
  complaints: new URL("./heldout37.yaml", import.meta.url),
  knownFailures: new URL("./heldout37.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 82.0% (114 right, 25 wrong) at the first run. */
    precision: 0.78,
    /** Measured 80.9% (27 missed of 141 labels) at the first run. */
    recall: 0.77,
    /** Measured 64.3% of the cases with a labelled side at the first run. */
    side: 0.6,
    /** Measured 100% (17 right of 17 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
