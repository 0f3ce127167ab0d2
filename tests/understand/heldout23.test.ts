import { describeHeldOutSet } from "./heldoutSuite.js";

// The twenty-third held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part a of the twenty-third (see heldout23.yaml's
// header: 100 cases of everyday complaints in plain words, pain getting better or worse over days,
// and pain at night). All four parts arrived within ten minutes of stop 39's start, before any
// change of the stop, so the first run measured stop 38's reader (e1f514f) blind: 87.2% precision,
// 90.6% recall, side 95.7%, 92.3% (24 right of 26 matches given 0.9 or more), warning signs 21 of
// 21. Changes made after reading it are in-sample.
describeHeldOutSet({
  name: "twenty-third held-out set (tests/understand/heldout23.yaml)",
  complaints: new URL("./heldout23.yaml", import.meta.url),
  knownFailures: new URL("./heldout23.knownFailures.yaml", import.meta.url),
  // Its writer's share (plain, trend, night) held no off-topic one.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 87.2% (116 right, 17 wrong) at the first run. */
    precision: 0.84,
    /** Measured 90.6% (12 missed of 128 labels) at the first run. */
    recall: 0.87,
    /** Measured 95.7% of the cases with a labelled side at the first run. */
    side: 0.92,
    /** Measured 92.3% (24 right of 26 matches given 0.9 or more) at the first run. */
    highConfidence: 0.89,
  },
});
