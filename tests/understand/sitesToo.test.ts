import { describe, expect, it } from "vitest";
import { reportedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// A site named alone after another and ended by "too" or "as well" has what the runner said of
// the first (reader round 14b). Sentences written for these tests, not taken from any held-out
// set.

describe("a second site said 'too'", () => {
  it("reads what is felt at the first site at the second", () => {
    for (const [text, ids] of [
      [
        "My knee is sore after running, and my ankle too.",
        ["knee-pain-after-run", "runners-ankle"],
      ],
      ["my heel hurts and my knee too", ["heel-pain-after-running", "knee-pain-after-run"]],
      ["my ankle aches, my knee as well", ["runners-ankle", "knee-pain-after-run"]],
      ["knee sore, ankle too", ["knee-pain-after-run", "runners-ankle"]],
      ["left knee aches after runs, right one aswell", ["knee-pain-after-run"]],
    ] as const) {
      expect(reportedIds(kb, text), text).toEqual(ids);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });

  it("places it at the second site", () => {
    expect(read("my heel hurts and my knee too")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
      ["knee-pain-after-run", true, "RUNNER", "knee"],
    ]);
  });

  it("copies nothing denied, over, asked or another person's", () => {
    expect(reportedIds(kb, "no pain in my heel, ankle too")).toEqual([]);
    expect(reportedIds(kb, "my knee hurts. my ankle too?")).toEqual(["knee-pain-after-run"]);
    expect(reportedIds(kb, "does your heel hurt after runs? my knee too")).not.toContain(
      "knee-pain-after-run",
    );
    expect(reportedIds(kb, "my knee used to ache, my ankle too")).toEqual([]);
    expect(triageLevel(kb, "my knee used to ache, my ankle too")).toBe("UNKNOWN");
  });

  it("keeps a clause saying something of its own to its own words", () => {
    expect(reportedIds(kb, "my heel is numb and my knee aches too")).toEqual([
      "heel-numbness-tingling",
      "knee-pain-after-run",
    ]);
  });
});
