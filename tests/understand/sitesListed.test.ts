import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, sided } from "../helpers/realReadings.js";

// Sites listed after what is felt share it (src/understand/sitesListed.ts), and one side's
// sign does not explain the other side's pain (src/understand/sitesExplainedOn.ts). Sentences
// written for these tests, not taken from any held-out set.

describe("sites listed after what is felt", () => {
  it("gives every listed site what was felt before the list", () => {
    expect(matchedIds(kb, "sore heel and ankle")).toEqual([
      "+heel-pain-after-running",
      "+runners-ankle",
    ]);
    expect(matchedIds(kb, "pain in my hip and ankle")).toEqual(["+hip-tension", "+runners-ankle"]);
    expect(matchedIds(kb, "sore heel, arch and ankle")).toEqual([
      "+heel-pain-after-running",
      "+sore-sole",
      "+runners-ankle",
    ]);
    for (const and of ["n", "&", "+"])
      expect(matchedIds(kb, `sore heel ${and} ankle`), and).toContain("+runners-ankle");
  });

  it("shares a denial and a warning sign alike", () => {
    expect(matchedIds(kb, "no pain in my heel and ankle")).toEqual([
      "-heel-pain-after-running",
      "-runners-ankle",
    ]);
    expect(matchedIds(kb, "swollen heel and ankle")).toEqual([
      "+heel-redness-warmth-swelling",
      "+ankle-swelling",
    ]);
    expect(triageLevel(kb, "swollen heel and ankle")).toBe("URGENT");
  });

  it("gives an app's answer listing sites the question's feeling", () => {
    expect(matchedIds(kb, "Where does it hurt? -> hip and ankle")).toEqual([
      "+hip-tension",
      "+runners-ankle",
    ]);
  });

  it("leaves a listed site that says something of its own, or is set aside", () => {
    expect(matchedIds(kb, "pain in my heel and my ankle is swollen")).toEqual([
      "+heel-pain-after-running",
      "+ankle-swelling",
    ]);
    expect(matchedIds(kb, "my heel hurts and not my ankle")).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "my wife's heel is sore and ankle")).not.toContain("+runners-ankle");
  });
});

describe("one side's sign and the other side's pain", () => {
  it("keeps the pain of one heel beside the other heel's warning sign", () => {
    expect(sided("right heel sore, left heel numb")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "RIGHT"],
      ["heel-numbness-tingling", true, "RUNNER", "LEFT"],
    ]);
  });

  it("still lets a sign explain the pain of its own heel", () => {
    expect(matchedIds(kb, "left heel sore, left heel numb")).toEqual(["+heel-numbness-tingling"]);
    expect(matchedIds(kb, "my heel is sore and numb")).toEqual(["+heel-numbness-tingling"]);
  });
});

describe("sites listed before what is felt, a side word after 'and'", () => {
  it("gives each listed site what is felt, each with its own side", () => {
    expect(sided("my left heel and my right ankle are numb")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "LEFT"],
    ]);
    expect(triageLevel(kb, "my left heel and my right ankle are numb")).toBe("URGENT");
    expect(sided("after a run my left hip and my left knee both hurt")).toEqual([
      ["hip-tension", true, "RUNNER", "LEFT"],
      ["knee-pain-after-run", true, "RUNNER", "LEFT"],
    ]);
  });

  it("leaves a clause saying something of its sites, and an order's tail, as they were", () => {
    expect(matchedIds(kb, "my leg feels twisted from hip to ankle, and my ankle hurts")).toEqual([
      "+runners-ankle",
    ]);
  });
});
