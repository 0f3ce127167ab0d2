import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirteenth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, before the reader first ran on it (see
// heldout13.yaml's header), and kept outside the repository while stop 33's reader rounds
// (12a, 12b), the content round and the review's mends were written, so none of them saw
// it. Committed at the end of stop 33 as a regression floor: it is spent from the next stop
// on, and nobody tunes against it.
describeHeldOutSet({
  name: "thirteenth held-out set (tests/understand/heldout13.yaml)",
  complaints: new URL("./heldout13.yaml", import.meta.url),
  knownFailures: new URL("./heldout13.knownFailures.yaml", import.meta.url),
  // First run (main at 2433137, before stop 33's reader rounds): precision 86.7%, recall
  // 86.1%, warning signs 93.8% of 65, side 91.9%, 50 right of 51 matches at 0.95 or more.
  // End of stop 33: 86.7% / 86.1% (353 right, 54 wrong, 57 missed), warning signs 95.4%,
  // 50 right of 51 at 0.9 or more. Floors a little below the end: they catch a regression,
  // not a target.
  floors: {
    /** Measured 86.7% (353 right, 54 wrong). */
    precision: 0.85,
    /** Measured 86.1% (57 missed of 410 labels). */
    recall: 0.84,
    /** Measured 91.9% of the cases with a labelled side. */
    side: 0.89,
    /** Measured 98.0% (50 right of 51 matches given 0.9 or more); one wrong is 2 points. */
    highConfidence: 0.94,
  },
});
