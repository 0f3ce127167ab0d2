import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// A limp (the heel article's warning sign) said beside a part no article
// covers, another person's or an animal's.
// Moved here from the test files of reader round 10c (named after the round or mend that wrote
// them). Sentences written for these tests or taken from the reviews' reproductions, not from any
// held-out set.

describe("a limp said beside a part no article covers (the heel article's warning sign)", () => {
  it("is read as said of nothing, and URGENT", () => {
    for (const text of [
      "my elbow hurts and I'm limping",
      "my elbow hurts and im limping a bit",
      "my wrist is sore and I can't walk properly",
      "my back hurts and I'm limping",
      "my lower back is sore and I've been hobbling",
      "my shoulder aches and I keep stumbling",
      "my groin hurts and I'm limping",
      "my big toe hurts and I'm limping",
    ]) {
      expect(read(text), text).toEqual([["limping", true, "RUNNER", undefined]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("is read the same whichever comes first, and denied when denied", () => {
    expect(matchedIds(kb, "I'm limping and my elbow hurts")).toEqual(["+limping"]);
    expect(matchedIds(kb, "my elbow hurts but I'm not limping")).toEqual(["-limping"]);
    expect(triageLevel(kb, "my elbow hurts but I'm not limping")).toBe("UNKNOWN");
    expect(matchedIds(kb, "my elbow hurts and I was limping last year")).toEqual(["-limping"]);
  });

  it("stays another person's, and an animal's limp reads nothing", () => {
    expect(read("my elbow hurts and my wife is limping")).toEqual([
      ["limping", true, "SOMEONE_ELSE", undefined],
    ]);
    expect(matchedIds(kb, "my elbow hurts and my dog is limping")).toEqual([]);
  });

  it("leaves covered sites as they were: the knee and hip beside it, the ankle's own sign", () => {
    expect(matchedIds(kb, "my knee hurts and I'm limping")).toEqual([
      "+knee-pain-after-run",
      "+limping",
    ]);
    expect(matchedIds(kb, "my hip hurts and I can't walk properly")).toEqual([
      "+hip-tension",
      "+limping",
    ]);
    expect(triageLevel(kb, "my hip hurts and I can't walk properly")).toBe("URGENT");
    expect(matchedIds(kb, "my heel hurts and I'm limping")).toEqual([
      "+heel-pain-after-running",
      "+limping",
    ]);
    expect(matchedIds(kb, "my ankle hurts and I'm limping")).toEqual([
      "+ankle-too-painful-to-walk",
      "+limping",
    ]);
    expect(triageLevel(kb, "my ankle hurts and I'm limping")).toBe("SEE_DOCTOR");
  });

  it("reads nothing else at a part no article covers", () => {
    expect(matchedIds(kb, "my elbow is swollen")).toEqual([]);
    expect(triageLevel(kb, "my elbow hurts")).toBe("UNKNOWN");
  });
});
