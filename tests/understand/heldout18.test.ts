import { describeHeldOutSet } from "./heldoutSuite.js";

// The eighteenth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, as part d of the seventeenth (see heldout18.yaml's
// header: 114 cases, more than half plain everyday complaints, the rest pain easing or
// worsening over days and pain at night). It arrived after stop 38's reader round had been
// made from heldout17's misses, so it measured that round blind. First runs: the reader as
// stop 37 left it (542013c) 89.5% precision, 94.1% recall; at bcaf296 (the round made from
// heldout17) 89.6%, 94.9%, warning signs 21 of 22 (a lump at the back of the heel that got
// bigger, read as heel pain), side 100%, 24 right of 26 matches given 0.9 or more. Stop 38
// then mended from its misses (91.2% / 99.3% after), so its figures are no longer blind.
describeHeldOutSet({
  name: "eighteenth held-out set (tests/understand/heldout18.yaml)",
  complaints: new URL("./heldout18.yaml", import.meta.url),
  knownFailures: new URL("./heldout18.knownFailures.yaml", import.meta.url),
  // Its writer's share (plain, trend, night) held no off-topic complaint.
  withoutOffTopic: true,
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 89.6% (129 right, 15 wrong) at the first run. */
    precision: 0.87,
    /** Measured 94.9% (7 missed of 136 labels) at the first run. */
    recall: 0.92,
    /** Measured 100% of the cases with a labelled side at the first run. */
    side: 0.95,
    /** Measured 92.3% (24 right of 26 matches given 0.9 or more) at the first run. */
    highConfidence: 0.9,
  },
});
