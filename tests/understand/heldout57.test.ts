import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifty-seventh held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part 41g of stop 41's wave, started after the
// stop's reader commits of 2656ccf (see heldout57.yaml's header: 108 cases of the kinetic
// chain in app conversations and logs, about forty listing three or more sites in order).
// Its first run, on 2656ccf before any case was read, measured 80.8% precision, 74.5% recall,
// side 91.7%, 86.4% (38 right of 44 matches given 0.9 or more), warning signs 15 of 15, three
// invariants broken; stop 40's reader (db7766d) reads it 80.7% / 74.1%.
describeHeldOutSet({
  name: "fifty-seventh held-out set (tests/understand/heldout57.yaml)",
  complaints: new URL("./heldout57.yaml", import.meta.url),
  knownFailures: new URL("./heldout57.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 80.8% (210 right, 50 wrong) at the first run. */
    precision: 0.77,
    /** Measured 74.5% (72 missed of 282 labels) at the first run. */
    recall: 0.71,
    /** Measured 91.7% of the cases with a labelled side at the first run. */
    side: 0.88,
    /** Measured 86.4% (38 right of 44 matches given 0.9 or more) at the first run. */
    highConfidence: 0.8,
  },
});
