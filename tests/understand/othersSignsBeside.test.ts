import { describe, expect, it } from "vitest";
import { reportedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// Reader round 14a: another person's or an animal's sign said beside the runner's own
// complaint is theirs (`whose`), never the runner's; the runner's own sign said beside
// another's stays the runner's. Per docs/reading.md (product decision 2026-12-01) another
// person's warning sign still raises triage beside the runner's report (red flags win
// whoever has them); an animal's is never read. Sentences written for these tests.

const HEEL_PAIN = "heel-pain-after-running";

describe("another person's sign beside the runner's complaint is theirs", () => {
  it("reads a son, a lad or a kid limping as someone else's limp, the heel as the runner's", () => {
    for (const text of [
      "heel sore, my son is limping",
      "heel sore, my son's limping",
      "heel sore and my lad is limping",
      "heel sore, the kid is limping",
      "heel sore, my son has a limp",
      "my heel hurts, my girl is limping after netball",
    ]) {
      expect(read(text), text).toContainEqual(["limping", true, "SOMEONE_ELSE", undefined]);
      expect(reportedIds(kb, text), text).toEqual([HEEL_PAIN]);
    }
  });

  it("reads a possessive before a feeling as the person's, not the runner's", () => {
    for (const text of ["heel aches, my wife's numb", "my heel hurts and my boy's limping"]) {
      expect(reportedIds(kb, text), text).not.toContain("limping");
      expect(reportedIds(kb, text), text).not.toContain("heel-numbness-tingling");
    }
  });

  it("reads an animal's limp as nothing", () => {
    for (const text of ["heel sore, our dog is limping", "heel sore. son limping. dog limping."]) {
      expect(reportedIds(kb, text), text).toEqual([HEEL_PAIN]);
    }
    expect(triageLevel(kb, "heel sore, our dog is limping")).not.toBe("URGENT");
  });
});

describe("the runner's own sign said beside another's stays the runner's", () => {
  it("reads both limping, me too and so am I as the runner's limp", () => {
    for (const text of [
      "my son and I are both limping",
      "me and my son are both limping",
      "heel sore, my son is limping, me too",
      "heel sore, my wife is limping and so am i",
    ]) {
      expect(reportedIds(kb, text), text).toContain("limping");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });
});
