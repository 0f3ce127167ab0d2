import { describeHeldOutSet } from "./heldoutSuite.js";

// The fortieth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part n of stop 40's second wave (see
// heldout40.yaml's header: 105 cases of the kinetic chain told as stories and app conversations,
// twenty-five listing three or more sites in the order their pains came). Its first run, on the
// reader of a46fc5f (stop 40's second commit) before any case was read, measured 86.4%
// precision, 77.8% recall, side 98.8%, 96.9% (31 right of 32 matches given 0.9 or more), warning
// signs 11 of 12, five invariants broken; stop 39's reader reads it 86.0% / 75.5%.
describeHeldOutSet({
  name: "fortieth held-out set (tests/understand/heldout40.yaml)",
  complaints: new URL("./heldout40.yaml", import.meta.url),
  knownFailures: new URL("./heldout40.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 86.4% (203 right, 32 wrong) at the first run. */
    precision: 0.83,
    /** Measured 77.8% (58 missed of 261 labels) at the first run. */
    recall: 0.74,
    /** Measured 98.8% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 96.9% (31 right of 32 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
