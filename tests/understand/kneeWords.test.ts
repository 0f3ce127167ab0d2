import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, sided } from "../helpers/realReadings.js";

// Everyday ways runners speak of their knees, read as what the chain article says of the knee
// (a knee less steady, the knee's pain after running, the inside of the knee), and knee words
// the articles say nothing of, which stay unlabelled. Sentences written for these tests (reader
// round 14b), not taken from any held-out set.

const expectRead = (id: string, texts: readonly string[]) => {
  for (const text of texts) {
    expect(matchedIds(kb, text), text).toContain(`+${id}`);
    expect(triageLevel(kb, text), text).toBe("SELF_CARE");
  }
};

describe("a knee that gives way or wobbles", () => {
  it("reads giving way, buckling and wobbling at the knee as a knee less steady", () => {
    expectRead("knee-less-stable", [
      "my knee gives way",
      "my left knee keeps giving way on runs",
      "knee buckled twice on the downhill",
      "my knee feels unstable",
      "knee feels wobbly when I run",
      "right knee feels weak and wobbly",
      "my knee gave out on me yesterday",
      "knees keep buckling going down stairs",
      "knee feels loose and unsteady on the descents",
      "me knee's gone all shaky on the fell runs",
    ]);
  });

  it("says the side of the knee that gives way", () => {
    expect(sided("my left knee keeps giving way")).toEqual([
      ["knee-less-stable", true, "RUNNER", "LEFT"],
    ]);
    expect(sided("both knees feel wobbly")).toEqual([["knee-less-stable", true, "RUNNER", "BOTH"]]);
  });

  it("denies it when denied, and keeps the ankle's own readings of giving way", () => {
    expect(matchedIds(kb, "knee is not unstable, just sore")).toEqual([
      "-knee-less-stable",
      "+knee-pain-after-run",
    ]);
    expect(matchedIds(kb, "my ankle keeps giving way")).toEqual(["+ankle-weight-bearing"]);
    expect(matchedIds(kb, "my ankle gave way on a pothole")).not.toContain("+knee-less-stable");
    expect(matchedIds(kb, "my legs felt shaky after the marathon")).toEqual([]);
    expect(triageLevel(kb, "my legs felt shaky after the marathon")).toBe("UNKNOWN");
  });
});

describe("the kneecap and the front of the knee", () => {
  it("reads pain at, around or under the kneecap as the knee's pain", () => {
    expectRead("knee-pain-after-run", [
      "pain around my kneecap",
      "sore under the kneecap after long runs",
      "my kneecap aches going downstairs",
      "kneecap twinges",
      "knee cap is sore after parkrun",
      "pain at the front of my knee",
      "patella hurts after running",
    ]);
  });

  it("reads nothing the articles lack at the kneecap, and a kneecap said fine", () => {
    for (const text of ["my kneecap is swollen", "what is the patella", "my kneecap clicks"]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });
});

describe("knee words misspelt or said in passing", () => {
  it("reads a knee misspelt by sound or short of a letter", () => {
    expectRead("knee-pain-after-run", [
      "nee sore after 5k",
      "kne sore",
      "my knea hurts",
      "my kneee hurts",
      "my kness hurt after running",
    ]);
  });

  it("reads the knee's pain on stairs, downhill, after long runs and on either side", () => {
    expectRead("knee-pain-after-run", [
      "knee aches on stairs",
      "my knee hurts going downhill",
      "knees ache after long runs",
      "both knees sore after my 10k",
      "outside of my knee is sore",
      "left knee niggle",
    ]);
    expectRead("inner-knee-pain", ["inside of my left knee hurts"]);
  });

  it("reads nothing for knee signs no article has: swelling and clicking alone", () => {
    for (const text of ["my knee is puffy", "knee swollen after long run", "my knee clicks"]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });
});
