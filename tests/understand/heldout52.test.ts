import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifty-second held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part x of stop 40's fourth wave (see
// heldout52.yaml's header: 100 cases of the kinetic chain, about thirty listing three or more
// sites in the order their pains came; no off-topic case). Its first run, on stop 40's last
// reader (35605e2) before any case was read, measured 90.4% precision, 74.3% recall, side 92.3%,
// 100% (30 right of 30 matches given 0.9 or more), warning signs 15 of 15, one invariant broken;
// stop 39's reader (27bd0ce) reads it 88.6% / 69.3%.
describeHeldOutSet({
  name: "fifty-second held-out set (tests/understand/heldout52.yaml)",
  complaints: new URL("./heldout52.yaml", import.meta.url),
  knownFailures: new URL("./heldout52.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 90.4% (208 right, 22 wrong) at the first run. */
    precision: 0.87,
    /** Measured 74.3% (72 missed of 280 labels) at the first run. */
    recall: 0.71,
    /** Measured 92.3% of the cases with a labelled side at the first run. */
    side: 0.88,
    /** Measured 100% (30 right of 30 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
  withoutOffTopic: true,
});
