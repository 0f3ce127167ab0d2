import { describeHeldOutSet } from "./heldoutSuite.js";

// The sixteenth held-out set: written from the articles alone, blind to the reader, its
// vocabulary and the earlier sets' cases, before the reader first ran on it (see
// heldout16.yaml's header: nearly half plain everyday complaints, and new kinds: chat-style
// messages, one side or part compared with another, pain on other activities than running,
// more answers to an app's prompts and more hip and kinetic-chain cases). First run at the
// start of stop 36 (the reader as stop 35 left it; stop 36 changed no reading): precision
// 90.3%, recall 90.1%, warning signs 100% of 56, side 85.7%, triage exact 77 of 81. Stop 37's
// reader round was made from its misses (92.3% / 94.0%, side 98.7% after it), so its figures
// are no longer a blind measure; the seventeenth set (heldout17.test.ts) measured stop 37's
// reader blind.
describeHeldOutSet({
  name: "sixteenth held-out set (tests/understand/heldout16.yaml)",
  complaints: new URL("./heldout16.yaml", import.meta.url),
  knownFailures: new URL("./heldout16.knownFailures.yaml", import.meta.url),
  // Floors a little below the first run: they catch a regression, not a target.
  floors: {
    /** Measured 90.3% (393 right, 42 wrong). */
    precision: 0.88,
    /** Measured 90.1% (43 missed of 436 labels). */
    recall: 0.88,
    /** Measured 85.7% of the cases with a labelled side. */
    side: 0.83,
    /** Measured 97.9% (47 right of 48 matches given 0.9 or more). */
    highConfidence: 0.95,
  },
});
