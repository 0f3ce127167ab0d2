import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// Stop 41: the order of pains told by arrows ("hip -> knee -> ankle") or by a phrase saying
// the sites came in the order told ("..., in that order"). Sentences written for these
// tests, not taken from any held-out set.

const before = "+hip-pain-before-ankle-pain";

describe("the order of pains told by arrows", () => {
  it("reads the hip first from arrows between the sites, any words of the clause beside them", () => {
    for (const text of [
      "it went hip -> knee -> ankle over a month, right side",
      "tight hips → achy knees → sore ankles after runs",
      "R hip > R knee > R ankle, that's the story",
      "hip pain => ankle pain after every run",
    ])
      expect(matchedIds(kb, text), text).toContain(before);
  });

  it("reads no hip first from arrows the other way, nor from an app's answer arrow", () => {
    expect(matchedIds(kb, "sore ankle -> sore knee -> sore hip")).not.toContain(before);
    for (const text of [
      "Where does it hurt? -> hip and ankle, left",
      "Any numbness? -> no. Hip? -> tight. Ankle? -> sore after runs",
    ])
      expect(matchedIds(kb, text), text).not.toContain(before);
    expect(triageLevel(kb, "Any swelling? -> yes, around the ankle")).not.toBe("UNKNOWN");
  });
});

describe("the order of pains told by an order phrase", () => {
  it("reads the sites in the order told, the phrase before or after them", () => {
    for (const text of [
      "stiff hips, then sore knees and achy ankles, in that exact order",
      "my hips tightened, my knees started aching and now my ankles hurt. In that order.",
      "in order of appearance: tight hips, sore knees, sore ankles",
    ])
      expect(matchedIds(kb, text), text).toContain(before);
  });

  it("reads no order from a purpose ('in order to') or a reversed telling", () => {
    expect(matchedIds(kb, "I stretch my hips in order to help my sore ankle")).not.toContain(
      before,
    );
    expect(matchedIds(kb, "sore ankles, achy knees, tight hips, in that order")).not.toContain(
      before,
    );
  });
});

describe("the order of pains told by a diary's entries", () => {
  it("reads each entry's sites after the last entry's", () => {
    for (const text of [
      "Tue: right hip stiff after the tempo. Thu: right knee achy. Sun: right ankle sore on the long run.",
      "Day 2 hip tight. Day 5 knee sore. Day 8 ankle aching after runs.",
    ])
      expect(matchedIds(kb, text), text).toContain(before);
  });

  it("reads the other order from entries the other way, and none from a day said in passing", () => {
    const reversed = "Mon: ankle sore after the run. Thu: hip tight and achy.";
    expect(matchedIds(kb, reversed)).toContain("-hip-pain-before-ankle-pain");
    expect(
      matchedIds(kb, "Monday was a rest day. My hip felt tight. My ankle hurt after Friday's run."),
    ).not.toContain(before);
  });
});
