import { describeHeldOutSet } from "./heldoutSuite.js";

// The twenty-first held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part f of the seventeenth (a writer started
// again for the chain and activities share; see heldout21.yaml's header: 98 cases on the
// kinetic chain and hips, pain on other activities, pain only in some circumstance, app
// replies). It arrived after stop 38's rounds 1-3, so it measured them blind. First runs:
// the reader as stop 37 left it (542013c) 87.8% precision, 80.4% recall, side 88.7%, warning
// signs 22 of 24; at d37fd99 (after rounds 1-3) 88.8% / 83.2%, side 90.1%, warning signs
// 22 of 24 (a heel that can't take weight said with "haven't been able to", and numbness in
// a clause naming a boot's steel toe), 15 right of 15 matches given 0.9 or more. Stop 38
// mended the first of those (88.9% / 83.9% after).
describeHeldOutSet({
  name: "twenty-first held-out set (tests/understand/heldout21.yaml)",
  complaints: new URL("./heldout21.yaml", import.meta.url),
  knownFailures: new URL("./heldout21.knownFailures.yaml", import.meta.url),
  // Its writer's share (the chain, activities, conditions, app replies) held no off-topic one.
  withoutOffTopic: true,
  // Nor any case with nothing labelled.
  withoutUnlabelled: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 88.8% (119 right, 15 wrong) at the first run. */
    precision: 0.86,
    /** Measured 83.2% (24 missed of 143 labels) at the first run. */
    recall: 0.81,
    /** Measured 90.1% of the cases with a labelled side at the first run. */
    side: 0.88,
    /** Measured 100% (15 right of 15 matches given 0.9 or more) at the first run. */
    highConfidence: 0.95,
  },
});
