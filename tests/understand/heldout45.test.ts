import { describeHeldOutSet } from "./heldoutSuite.js";

// The forty-fifth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part r of stop 40's third wave (see
// heldout45.yaml's header: 106 cases of the kinetic chain, forty-one listing three or more sites
// in the order their pains came). Its first run, on the reader of 0d872bc (stop 40's fourth
// commit) before any case was read, measured 86.7% precision, 74.0% recall, side 97.8%, 81.6%
// (31 right of 38 matches given 0.9 or more: the writer labels an ankle pain said to come first
// as the hip's own tension, where earlier sets label the order denied), warning signs 14 of 14,
// no invariant broken; stop 39's reader reads it 84.6% / 64.5%.
describeHeldOutSet({
  name: "forty-fifth held-out set (tests/understand/heldout45.yaml)",
  complaints: new URL("./heldout45.yaml", import.meta.url),
  knownFailures: new URL("./heldout45.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 86.7% (202 right, 31 wrong) at the first run. */
    precision: 0.83,
    /** Measured 74.0% (71 missed of 273 labels) at the first run. */
    recall: 0.7,
    /** Measured 97.8% of the cases with a labelled side at the first run. */
    side: 0.93,
    /** Measured 81.6% (31 right of 38 matches given 0.9 or more) at the first run. */
    highConfidence: 0.75,
  },
});
