import { describe, expect, it } from "vitest";
import { triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// A checklist: a label answered by a bare negation or 'no', a colon, a line
// break ending a clause.
// Moved here from the test files of reader round 10a (named after the round or mend that wrote
// them). Sentences written for these tests or taken from the reviews' reproductions, not from any
// held-out set.

describe("a checklist's label answered by a bare negation", () => {
  it("denies what the label names, and only that", () => {
    expect(read("swelling: none, numbness: yes")).toEqual([
      ["swelling", false, "RUNNER", undefined],
    ]);
    expect(read("heel sore after runs\nswelling: none\nnumbness: nope")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
      ["heel-numbness-tingling", false, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, "heel sore after runs\nswelling: none\nnumbness: nope")).not.toBe(
      "URGENT",
    );
  });

  it("lets a bare answer to a question deny nothing after it", () => {
    expect(read("numbness? nope, swelling? a bit")).toEqual([
      ["swelling", true, "RUNNER", undefined],
    ]);
    expect(triageLevel(kb, "numbness? nope, swelling? a bit")).toBe("URGENT");
    expect(read("any swelling? none")).toEqual([["swelling", false, "RUNNER", undefined]]);
    expect(read("is it swollen? no my heel is numb")).toEqual([
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    // A label said with what is felt is no question: "heel: not swollen" denies as said.
    expect(read("heel: swollen")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
  });
});
