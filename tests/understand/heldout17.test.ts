import { describeHeldOutSet } from "./heldoutSuite.js";

// The seventeenth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases (see heldout17.yaml's header: one writer's part of
// three, 110 cases, on race days, a site carried by "it" and plain complaints; it arrived
// first, the other parts became heldout18-22). First run at the start of stop 38 (the reader as stop 37 left
// it, 542013c): precision 86.3%, recall 86.9%, warning signs 100% of 22, side 93.4%, one
// URGENT from a sign said over ("the feeling came back"); with stop 38's first change, made
// before the set was read (not bearing weight on the heel, 52b7f93), 86.5% / 88.3%. Stop
// 38's reader round was then made from its misses (92.3% / 98.6%, side 96.7% after it), so
// its figures are no longer a blind measure: the next blind set is.
describeHeldOutSet({
  name: "seventeenth held-out set (tests/understand/heldout17.yaml)",
  complaints: new URL("./heldout17.yaml", import.meta.url),
  knownFailures: new URL("./heldout17.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 86.3% (126 right, 20 wrong) at the first run. */
    precision: 0.84,
    /** Measured 86.9% (19 missed of 145 labels) at the first run. */
    recall: 0.84,
    /** Measured 93.4% of the cases with a labelled side at the first run. */
    side: 0.9,
    /** Measured 100% (17 right of 17 matches given 0.9 or more) at the first run. */
    highConfidence: 0.95,
  },
});
