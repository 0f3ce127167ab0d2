import { describeHeldOutSet } from "./heldoutSuite.js";

// The twenty-seventh held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part a of the twenty-seventh (see heldout27.yaml's
// header: 105 cases of everyday complaints in plain words, pain getting better or worse, and pain
// at night). It arrived after stop 39's first rounds (made from sets 19-26), so its first run (at
// 9aa3a06) measured them blind: 92.3% precision, 96.3% recall, side 100%, 96.8% (30 right of 31
// matches given 0.9 or more), warning signs 23 of 23; stop 38's reader (e1f514f) on it: 92.3% /
// 96.3%, the same. Changes made after reading it are in-sample.
describeHeldOutSet({
  name: "twenty-seventh held-out set (tests/understand/heldout27.yaml)",
  complaints: new URL("./heldout27.yaml", import.meta.url),
  knownFailures: new URL("./heldout27.knownFailures.yaml", import.meta.url),
  // Its writer's share (plain, trend, night) held no off-topic one.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 92.3% (131 right, 11 wrong) at the first run. */
    precision: 0.89,
    /** Measured 96.3% (5 missed of 136 labels) at the first run. */
    recall: 0.93,
    /** Measured 100% of the cases with a labelled side at the first run. */
    side: 0.97,
    /** Measured 96.8% (30 right of 31 matches given 0.9 or more) at the first run. */
    highConfidence: 0.93,
  },
});
