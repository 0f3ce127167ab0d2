import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifteenth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, before the reader first ran on it (see
// heldout15.yaml's header: nearly half plain everyday complaints, and new kinds: what was
// tried, pain scales, answers to an app's prompts, how long it has lasted). Kept outside the
// repository while stop 35's changes were written, so none of them saw it. First run at
// 7429711 (the start of stop 35): precision 91.0%, recall 89.6%, warning signs 94.8% of 58,
// side 86.3%, triage exact 76 of 85; with stop 35's changes: 91.0% / 89.9%, the same
// otherwise. Four changes were made from its misses (a whole foot swollen is the swelling
// sign, as sets 14 and 15 label it; a "no" to "can you put weight on it?" reports not
// bearing weight; pain hidden by pills is there; "still hurts just as much" is pain not
// improving), so it is spent: 91.3% / 90.8%, warning signs 100%.
describeHeldOutSet({
  name: "fifteenth held-out set (tests/understand/heldout15.yaml)",
  complaints: new URL("./heldout15.yaml", import.meta.url),
  knownFailures: new URL("./heldout15.knownFailures.yaml", import.meta.url),
  // Floors a little below the end of stop 35: they catch a regression, not a target.
  floors: {
    /** Measured 91.3% (376 right, 36 wrong). */
    precision: 0.89,
    /** Measured 90.8% (38 missed of 415 labels). */
    recall: 0.88,
    /** Measured 86.3% of the cases with a labelled side. */
    side: 0.84,
    /** Measured 98.5% (67 right of 68 matches given 0.9 or more). */
    highConfidence: 0.95,
  },
});
