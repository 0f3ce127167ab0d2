import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifty-eighth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part 41h of stop 41's wave, started after the
// stop's reader commits of 2656ccf (see heldout58.yaml's header: 105 symptom checkers and forms,
// prompts and answers in the text, about a third with warning signs). Its first run, on
// 6b8366a before any case was read, measured 82.1% precision, 73.5% recall, side 87.3%, 100%
// (22 right of 22 matches given 0.9 or more), warning signs 31 of 33, nine invariants broken;
// stop 40's reader (db7766d) reads it 78.8% / 73.5% with the same nine broken.
describeHeldOutSet({
  name: "fifty-eighth held-out set (tests/understand/heldout58.yaml)",
  complaints: new URL("./heldout58.yaml", import.meta.url),
  knownFailures: new URL("./heldout58.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 82.1% (119 right, 26 wrong) at the first run. */
    precision: 0.79,
    /** Measured 73.5% (43 missed of 162 labels) at the first run. */
    recall: 0.7,
    /** Measured 87.3% of the cases with a labelled side at the first run. */
    side: 0.84,
    /** Measured 100% (22 right of 22 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
