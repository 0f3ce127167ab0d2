import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// An aside that only hedges ('I think', 'I guess', 'tbh', 'I am not sure if'):
// it names no body, and the runner's part after it is the runner's.
// Moved here from the test files of reader round 8 (named after the round or mend that wrote them).
// Sentences written for these tests or taken from the reviews' reproductions, not from any held-out
// set.

describe("an aside that only hedges ('I think', 'I guess')", () => {
  it("names no body: what follows another's or an animal's clause stays theirs", () => {
    for (const text of [
      "my dog's heel hurts, I think it is swollen",
      "my dog's heel hurts, I guess it is swollen",
      "our collie's paw is sore, I reckon it's swollen",
    ]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    // Another person's warning sign stays theirs, and red flags still win.
    expect(read("my wife's heel hurts, I think it's numb")).toEqual([
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
    ]);
    expect(triageLevel(kb, "my wife's heel hurts, I think it's numb")).toBe("URGENT");
  });

  it("keeps the runner's own words the runner's", () => {
    for (const text of [
      "my dog's heel hurts, I think my heel is swollen",
      "my dog's heel hurts, I think I am limping",
      "my heel hurts, I think it is swollen",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(read("my dog's heel hurts, I think my heel is swollen")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
  });
});
