import { describeHeldOutSet } from "./heldoutSuite.js";

// The fourteenth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, before the reader first ran on it (see
// heldout14.yaml's header), and kept outside the repository while stop 34's reader rounds
// (14a, 14b), the content, trace and explorer rounds and the review's mends were written, so
// none of them saw it. Committed at the end of stop 34 as a regression floor: it is spent
// from the next stop on, and nobody tunes against it.
describeHeldOutSet({
  name: "fourteenth held-out set (tests/understand/heldout14.yaml)",
  complaints: new URL("./heldout14.yaml", import.meta.url),
  knownFailures: new URL("./heldout14.knownFailures.yaml", import.meta.url),
  // First run (main at f5af25b, before stop 34's reader rounds): precision 86.2%, recall
  // 84.6%, warning signs 91.8% of 61, side 91.8%, knee recall 63.6%.
  // End of stop 34: 86.5% / 88.9% (353 right, 55 wrong, 44 missed), warning signs 91.8%,
  // side 94.5%, knee recall 94.5%, 38 right of 39 matches at 0.9 or more. Floors a little
  // below the end: they catch a regression, not a target.
  floors: {
    /** Measured 86.5% (353 right, 55 wrong). */
    precision: 0.85,
    /** Measured 88.9% (44 missed of 397 labels). */
    recall: 0.87,
    /** Measured 94.5% of the cases with a labelled side. */
    side: 0.92,
    /** Measured 97.4% (38 right of 39 matches given 0.9 or more); one wrong is 2.6 points. */
    highConfidence: 0.92,
  },
});
