import { describeHeldOutSet } from "./heldoutSuite.js";

// The twenty-fifth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part c of the twenty-third (see heldout25.yaml's
// header: 101 cases on the kinetic chain and hips, pain only in some circumstance, a site carried
// by 'it', and races). All four parts arrived within ten minutes of stop 39's start, before any
// change of the stop, so the first run measured stop 38's reader (e1f514f) blind: 88.5% precision,
// 86.2% recall, side 95.3%, 93.8% (15 right of 16 matches given 0.9 or more), warning signs 16 of
// 16. Changes made after reading it are in-sample.
describeHeldOutSet({
  name: "twenty-fifth held-out set (tests/understand/heldout25.yaml)",
  complaints: new URL("./heldout25.yaml", import.meta.url),
  knownFailures: new URL("./heldout25.knownFailures.yaml", import.meta.url),
  // Its writer's share (the chain, conditions, pronouns, races) held no off-topic one.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 88.5% (131 right, 17 wrong) at the first run. */
    precision: 0.85,
    /** Measured 86.2% (21 missed of 152 labels) at the first run. */
    recall: 0.83,
    /** Measured 95.3% of the cases with a labelled side at the first run. */
    side: 0.92,
    /** Measured 93.8% (15 right of 16 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
