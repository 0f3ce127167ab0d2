import { describeHeldOutSet } from "./heldoutSuite.js";

// The fifty-sixth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part 41b of stop 41's wave (see heldout56.yaml's
// header: 104 conversations with an app, prompt and answers in the text: checklists, chats,
// forms, answers taken back). Its first run, on stop 41's reader of db2d0a0 before any case
// was read, measured 76.1% precision, 74.0% recall, side 83.7%, 76.9% (10 right of 13
// matches given 0.9 or more), warning signs 17 of 18, seven invariants broken; stop 40's
// reader (db7766d) reads it the same. The chat and checkbox mends made after it read it
// 82.7% / 78.8%.
describeHeldOutSet({
  name: "fifty-sixth held-out set (tests/understand/heldout56.yaml)",
  complaints: new URL("./heldout56.yaml", import.meta.url),
  knownFailures: new URL("./heldout56.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 76.1% (108 right, 34 wrong) at the first run. */
    precision: 0.73,
    /** Measured 74.0% (38 missed of 146 labels) at the first run. */
    recall: 0.71,
    /** Measured 83.7% of the cases with a labelled side at the first run. */
    side: 0.8,
    /** Measured 76.9% (10 right of 13 matches given 0.9 or more) at the first run. */
    highConfidence: 0.7,
  },
});
