import { describeHeldOutSet } from "./heldoutSuite.js";

// The twentieth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part a of the seventeenth (see heldout20.yaml's
// header: 116 cases, more than half plain everyday complaints, the rest pain easing or
// worsening and pain at night). It arrived after stop 38's first three reader rounds, so it
// measured them blind. First runs: the reader as stop 37 left it (542013c) 88.8% precision,
// 84.7% recall, side 95.5%; with stop 38's weight change alone (52b7f93) 89.8% / 88.0%; at
// 4725249 (after three rounds) 90.5% / 89.3%, side 97.7%, warning signs 22 of 22, 27 right of
// 29 matches given 0.9 or more. Stop 38 made no change from it.
describeHeldOutSet({
  name: "twentieth held-out set (tests/understand/heldout20.yaml)",
  complaints: new URL("./heldout20.yaml", import.meta.url),
  knownFailures: new URL("./heldout20.knownFailures.yaml", import.meta.url),
  // Its writer's share (plain, trend, night) held no off-topic complaint.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 90.5% (134 right, 14 wrong) at the first run. */
    precision: 0.88,
    /** Measured 89.3% (16 missed of 150 labels) at the first run. */
    recall: 0.87,
    /** Measured 97.7% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 93.1% (27 right of 29 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
