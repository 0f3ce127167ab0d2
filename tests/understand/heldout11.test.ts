import { describeHeldOutSet } from "./heldoutSuite.js";

// The eleventh held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets, before the reader first ran on it (see heldout11.yaml's
// header), and kept outside the repository while stop 31's reader rounds (10a, 10b, 10c and
// the review's mends) were written, so none of them saw it. Committed at the end of stop 31
// as a regression floor: it is spent from the next stop on, and nobody tunes against it.
describeHeldOutSet({
  name: "eleventh held-out set (tests/understand/heldout11.yaml)",
  complaints: new URL("./heldout11.yaml", import.meta.url),
  knownFailures: new URL("./heldout11.knownFailures.yaml", import.meta.url),
  // First run (main at 7b3d363, before stop 31's reader rounds): precision 84.7%, recall
  // 81.9%, warning signs 100% of 52, side 93.0%, 35 right of 38 matches at 0.9 or more. End of
  // stop 31: 86.3% / 82.2% (277 right, 44 wrong, 60 missed), the rest unchanged. Floors a
  // little below the end: they catch a regression, not a target.
  floors: {
    /** Measured 86.3% (277 right, 44 wrong). */
    precision: 0.84,
    /** Measured 82.2% (60 missed of 337 labels). */
    recall: 0.8,
    /** Measured 93.0% of 43 cases with a labelled side; one wrong side is 2.3 points. */
    side: 0.9,
    /** Measured 92.1% (35 right of 38 matches given 0.9 or more); one wrong is 2.6 points. */
    highConfidence: 0.89,
  },
});
