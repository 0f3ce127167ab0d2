import { describe, expect, it } from "vitest";
import { triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// What 'it' points at: the site named last, another person's or an animal's,
// and a part of it ('the back of it').
// Moved here from the test files of reader round 6 (named after the round or mend that wrote them).
// Sentences written for these tests or taken from the reviews' reproductions, not from any held-out
// set.

describe("'it' after the runner's site and another person's", () => {
  it("points at whoever's site was named last", () => {
    expect(read("my ankle and my wife's heel hurt, it is numb")).toEqual([
      ["runners-ankle", true, "RUNNER", "ankle"],
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
    ]);
    expect(triageLevel(kb, "my knee and my son's heel ache, it's swollen")).toBe("URGENT");
    // The runner's named last: "it" is the runner's ankle, no heel sign is read.
    expect(read("my wife's heel and my ankle hurt, it is swollen")).toEqual([
      ["ankle-swelling", true, "RUNNER", "ankle"],
    ]);
  });
});
