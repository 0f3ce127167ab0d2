import { describeHeldOutSet } from "./heldoutSuite.js";

// The nineteenth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part e of the seventeenth (see heldout19.yaml's
// header: 113 cases on the kinetic chain and the hips, pain on other activities, pain only in
// some circumstance and answers to an app's prompts, sides said in many ways). It arrived
// after stop 38's rounds from heldout17 and heldout18, so it measured them blind. First runs:
// the reader as stop 37 left it (542013c) 84.6% precision, 79.6% recall; at 5f92b00 (after
// the rounds) 84.7%, 80.1%, warning signs 21 of 22 ("Can you put weight on it? -> not really"
// read as weight borne), side 88.8%, 8 right of 9 matches given 0.9 or more. Stop 38 then
// mended from its misses (85.8% / 84.4% after), so its figures are no longer blind.
describeHeldOutSet({
  name: "nineteenth held-out set (tests/understand/heldout19.yaml)",
  complaints: new URL("./heldout19.yaml", import.meta.url),
  knownFailures: new URL("./heldout19.knownFailures.yaml", import.meta.url),
  // Its writer's share (the chain, activities, conditions, app replies) held no off-topic one.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 84.7% (149 right, 27 wrong) at the first run. */
    precision: 0.82,
    /** Measured 80.1% (37 missed of 186 labels) at the first run. */
    recall: 0.78,
    /** Measured 88.8% of the cases with a labelled side at the first run. */
    side: 0.86,
    /** Measured 88.9% (8 right of 9 matches given 0.9 or more) at the first run. */
    highConfidence: 0.85,
  },
});
