import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifty-fourth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part 41c of stop 41's wave (see heldout54.yaml's
// header: 105 cases of the kinetic chain, about forty listing three or more sites in the
// order their pains came, with arrows, numbered lists, dates and "in that order"). Its first
// run, on stop 41's reader of 1655135 before any case was read, measured 89.1% precision,
// 77.3% recall, side 98.6%, 100% (39 right of 39 matches given 0.9 or more), warning signs 15
// of 15, one invariant broken; stop 40's reader (db7766d) reads it the same.
describeHeldOutSet({
  name: "fifty-fourth held-out set (tests/understand/heldout54.yaml)",
  complaints: new URL("./heldout54.yaml", import.meta.url),
  knownFailures: new URL("./heldout54.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 89.1% (228 right, 28 wrong) at the first run. */
    precision: 0.86,
    /** Measured 77.3% (67 missed of 295 labels) at the first run. */
    recall: 0.74,
    /** Measured 98.6% of the cases with a labelled side at the first run. */
    side: 0.94,
    /** Measured 100% (39 right of 39 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
