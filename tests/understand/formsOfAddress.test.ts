import { describe, expect, it } from "vitest";
import { read } from "../helpers/realReadings.js";

// Everyday words for other people, and forms of address: a person spoken
// to ('mate', 'pal') names no one else; one spoken of ('for son') does.
// Moved here from the test files of reader round 10a (named after the round or mend that wrote
// them). Sentences written for these tests or taken from the reviews' reproductions, not from any
// held-out set.

describe("everyday words for other people, and asides", () => {
  it("make another person's body theirs ('mate', 'hubby', 'gf', 'missus')", () => {
    expect(read("my mate's ankle is swollen and my heel hurts")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    for (const text of [
      "my hubby's heel is numb and my ankle hurts",
      "my gf's heel is numb and my ankle hurts",
    ])
      expect(read(text), text).toEqual([
        ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
        ["runners-ankle", true, "RUNNER", "ankle"],
      ]);
    // Said to someone, the runner's own site keeps the clause the runner's.
    expect(read("cheers mate, my heel is numb")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
  });

  it("reads 'tbh', 'honestly' as asides before the runner's part", () => {
    for (const text of [
      "my wife's heel is numb and tbh mine hurts",
      "my wife's heel is numb and honestly mine hurts",
    ])
      expect(read(text), text).toEqual([
        ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
        ["heel-pain-after-running", true, "RUNNER", "heel"],
      ]);
  });
});
