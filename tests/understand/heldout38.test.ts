import { describeHeldOutSet } from "./heldoutSuite.js";

// The thirty-eighth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part j of stop 40's wave (see heldout38.yaml's
// header: 102 cases of the kinetic chain told as stories and in app conversations: hip, knee,
// thigh and foot-rolling complaints leading down to ankle, heel or Achilles pain, what started
// it, the order of pains, app replies, pains that moved or spread). Its first run, on stop 39's
// reader (27bd0ce) before any case was read, measured 86.4% precision, 77.5% recall, side 87.0%,
// 88.2% (15 right of 17 matches given 0.9 or more), warning signs 10 of 10; it broke one
// invariant (a general question).
describeHeldOutSet({
  name: "thirty-eighth held-out set (tests/understand/heldout38.yaml)",
  complaints: new URL("./heldout38.yaml", import.meta.url),
  knownFailures: new URL("./heldout38.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 86.4% (172 right, 27 wrong) at the first run. */
    precision: 0.83,
    /** Measured 77.5% (50 missed of 222 labels) at the first run. */
    recall: 0.74,
    /** Measured 87.0% of the cases with a labelled side at the first run. */
    side: 0.83,
    /** Measured 88.2% (15 right of 17 matches given 0.9 or more) at the first run. */
    highConfidence: 0.8,
  },
});
