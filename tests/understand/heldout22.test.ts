import { describeHeldOutSet } from "./heldoutSuite.js";

// The twenty-second held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part b of the seventeenth (see heldout22.yaml's
// header: 115 cases on the kinetic chain and hips, pain on other activities, pain only in
// some circumstance, app replies and sides said in many ways). It arrived last, after stop 38's
// rounds 1-4 (from sets 17-21), so it measured them blind. First runs: the reader as stop 37 left
// it (542013c) 86.4% precision, 82.6% recall, side 88.7%; with stop 38's weight change alone
// (52b7f93) 85.2% / 82.0%; at f6d5249 (after every round but the last) 86.0% / 83.9%, side
// 91.9%, warning signs 22 of 22, 16 right of 17 matches given 0.9 or more. Stop 38 made one
// change after reading it (what is felt after "and", de6cc8a), so its figures since are
// in-sample.
describeHeldOutSet({
  name: "twenty-second held-out set (tests/understand/heldout22.yaml)",
  complaints: new URL("./heldout22.yaml", import.meta.url),
  knownFailures: new URL("./heldout22.knownFailures.yaml", import.meta.url),
  // Its writer's share (the chain, activities, conditions, app replies) held no off-topic one.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 86.0% (135 right, 22 wrong) at the first run. */
    precision: 0.83,
    /** Measured 83.9% (26 missed of 161 labels) at the first run. */
    recall: 0.81,
    /** Measured 91.9% of the cases with a labelled side at the first run. */
    side: 0.89,
    /** Measured 94.1% (16 right of 17 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
