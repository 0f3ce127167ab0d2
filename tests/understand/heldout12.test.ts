import { describeHeldOutSet } from "./heldoutSuite.js";

// The twelfth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets, before the reader first ran on it (see heldout12.yaml's
// header), and kept outside the repository while stop 32's reader rounds (11a, 11b) and the
// review's mends were written, so none of them saw it. One fix of stop 32 ('the heel on my
// shoe' is the shoe's) was made after the coordinator saw this set's result, so that case is
// no longer unseen. Committed at the end of stop 32 as a regression floor: it is spent from
// the next stop on, and nobody tunes against it.
describeHeldOutSet({
  name: "twelfth held-out set (tests/understand/heldout12.yaml)",
  complaints: new URL("./heldout12.yaml", import.meta.url),
  knownFailures: new URL("./heldout12.knownFailures.yaml", import.meta.url),
  // First run (main at ae44255, before stop 32's reader rounds): precision 84.1%, recall
  // 80.3%, warning signs 91.1% of 56, side 90.9%, 42 right of 44 matches at 0.9 or more. End of
  // stop 32: 86.2% / 82.0% (287 right, 46 wrong, 63 missed), warning signs 92.9%, 44 right of
  // 45 at 0.9 or more. Floors a little below the end: they catch a regression, not a target.
  floors: {
    /** Measured 86.2% (287 right, 46 wrong). */
    precision: 0.84,
    /** Measured 82.0% (63 missed of 350 labels). */
    recall: 0.8,
    /** Measured 90.9% of the cases with a labelled side. */
    side: 0.87,
    /** Measured 97.8% (44 right of 45 matches given 0.9 or more); one wrong is 2.2 points. */
    highConfidence: 0.93,
  },
});
