import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifty-third held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part 41d of stop 41's wave (see heldout53.yaml's
// header: 109 cases of warning and see-a-doctor signs, said, denied, over, taken back, of
// others, and look-alikes). Its first run, on stop 41's reader of b42ce01 before any case was
// read, measured 89.3% precision, 94.4% recall, side 100%, 100% (25 right of 25 matches given
// 0.9 or more), warning signs 41 of 41, three invariants broken; stop 40's reader (db7766d)
// reads it 87.6% / 92.5% with seven broken.
describeHeldOutSet({
  name: "fifty-third held-out set (tests/understand/heldout53.yaml)",
  complaints: new URL("./heldout53.yaml", import.meta.url),
  knownFailures: new URL("./heldout53.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 89.3% (151 right, 18 wrong) at the first run. */
    precision: 0.86,
    /** Measured 94.4% (9 missed of 160 labels) at the first run. */
    recall: 0.91,
    /** Measured 100% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 100% (25 right of 25 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
