import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, triageLevel } from "../helpers/readings.js";

// Session 31 second review's findings fixed by mend D. Sentences from the review's reproductions.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, site]. */
const read = (text: string) => entityFindings(kb, text, "site");

describe("G4: an answer 'no' looks for 'has stopped' only in its first sign's stretch", () => {
  it("keeps the numbness said after the 'no' when another sign is said to be over", () => {
    const text = "no my heel is numb and the swelling has stopped";
    expect(read(text)).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, text)).toBe("URGENT");
  });

  it("denies the sign asked of and reports the one said", () => {
    const text = "any swelling? no my heel is numb and the redness has gone now";
    expect(read(text)).toEqual([
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, text)).toBe("URGENT");
  });

  it("still denies 'no the X has stopped' and reports 'no the X hasn't gone'", () => {
    for (const text of [
      "no the numbness in my heel has stopped",
      "no the numbness in my heel has eased",
    ]) {
      expect(read(text), text).toEqual([["heel-numbness-tingling", false, "RUNNER", "heel"]]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    expect(read("nope the tingling in my heel hasn't gone")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(read("no the swelling is still there")).toEqual([
      ["swelling", true, "RUNNER", undefined],
    ]);
  });
});

describe("G5: a label answered 'no' and then an ordinary sentence", () => {
  it("keeps the label denied", () => {
    expect(read("numb heel: no. heel is swollen")).toEqual([
      ["heel-numbness-tingling", false, "RUNNER", "heel"],
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
    expect(read("redness: no, but my heel is numb")).toEqual([
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
  });

  it("keeps the triage of the sign said after it", () => {
    const numb = "numb heel: no. hurts after runs";
    expect(read(numb)).toEqual([
      ["heel-numbness-tingling", false, "RUNNER", "heel"],
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, numb)).toBe("SELF_CARE");
    const red = "heel red: no. it hurts after runs";
    expect(read(red)).toEqual([
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, red)).toBe("SEE_DOCTOR");
  });

  it("still keeps a title's sign when 'it' points back at it, and denies a checklist", () => {
    const text = "numb heel: no, it started after a run";
    expect(read(text)).toEqual([["heel-numbness-tingling", true, "RUNNER", "heel"]]);
    expect(triageLevel(kb, text)).toBe("URGENT");
    expect(read("numb heel: no")).toEqual([["heel-numbness-tingling", false, "RUNNER", "heel"]]);
    expect(read("numb heel: no, its fine")).toEqual([
      ["heel-numbness-tingling", false, "RUNNER", "heel"],
    ]);
    expect(read("swollen heel: no, that is all")).toEqual([
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
    ]);
    expect(read("numb heel: no, swollen heel: yes")).toEqual([
      ["heel-numbness-tingling", false, "RUNNER", "heel"],
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
    expect(read("swelling: no, numbness: yes")).toEqual([["swelling", false, "RUNNER", undefined]]);
  });
});
