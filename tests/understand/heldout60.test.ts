import { describeHeldOutSet } from "./heldoutSuite.js";

// The sixtieth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part 41f of stop 41's wave (see heldout60.yaml's
// header: 110 messy texts, about twenty with words of other languages), delivered after the
// stop's last commit. Its first run, on the final reader (742b30f) before any case was read,
// measured 88.0% precision, 82.4% recall, side 82.1%, 100% (23 right of 23 matches given 0.9
// or more), warning signs 19 of 19, one invariant broken; stop 40's reader (db7766d) reads it
// the same.
describeHeldOutSet({
  name: "sixtieth held-out set (tests/understand/heldout60.yaml)",
  complaints: new URL("./heldout60.yaml", import.meta.url),
  knownFailures: new URL("./heldout60.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 88.0% (117 right, 16 wrong) at the first run. */
    precision: 0.85,
    /** Measured 82.4% (25 missed of 142 labels) at the first run. */
    recall: 0.79,
    /** Measured 82.1% of the cases with a labelled side at the first run. */
    side: 0.78,
    /** Measured 100% (23 right of 23 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
