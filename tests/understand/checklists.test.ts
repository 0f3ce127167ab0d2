import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// A checklist: a label answered by a bare negation or 'no', a colon, a line
// break ending a clause.
// Moved here from the test files of reader round 10a, the mends after rounds 5 and 7, session 31
// mend B and session 31 mend D (named after the round or mend that wrote them). Sentences written
// for these tests or taken from the reviews' reproductions, not from any held-out set.

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

describe("words the reader looks up outside phrases", () => {
  it("are never read as a typo of another word (a brother is someone else)", () => {
    expect(read("my achilles is sore after runs, my brother has plantar fasciitis")).toEqual([
      ["achilles-irritation-after-run", true, "RUNNER", "achilles"],
    ]);
  });

  it("read a checklist's 'no' and a colon as a checklist means them", () => {
    expect(matchedIds(kb, "ankle check: swollen yes, hot no, popping no")).toEqual([
      "+ankle-swelling",
      "-ankle-hot-to-touch",
      "-ankle-popping",
    ]);
    expect(matchedIds(kb, "it's the right one, not the left: achilles sore after runs")).toEqual([
      "+achilles-irritation-after-run",
    ]);
    // A line break ends a clause: "no numbness" never denies the next line's swelling.
    expect(triageLevel(kb, "no numbness\nheel swollen")).toBe("URGENT");
    // "1:30" is a time, not a mark; a "no" inside what is said denies nothing.
    expect(matchedIds(kb, "my heel is sore no matter what, 1:30 pace or slower")).toEqual([
      "+heel-pain-after-running",
    ]);
  });
});

describe("F12: a label answered 'no' and then a clause of its own", () => {
  it("keeps the label's sign when the 'no' starts a sentence", () => {
    const text = "numb heel: no, it started after a run";
    expect(read(text)).toEqual([["heel-numbness-tingling", true, "RUNNER", "heel"]]);
    expect(triageLevel(kb, text)).toBe("URGENT");
  });

  it("still denies a checklist's label answered 'no'", () => {
    expect(read("numb heel: no")).toEqual([["heel-numbness-tingling", false, "RUNNER", "heel"]]);
    expect(read("swelling: none, numbness: yes")).toEqual([
      ["swelling", false, "RUNNER", undefined],
    ]);
    expect(read("swelling: none\n- side: left")).toEqual([
      ["swelling", false, "RUNNER", undefined],
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
    // As "my heel hurts after runs": a denial never raises triage (stop 35: it was SEE_DOCTOR
    // when float rounding let two heel conditions at exactly half the best support lead).
    expect(triageLevel(kb, red)).toBe(triageLevel(kb, "my heel hurts after runs"));
    expect(triageLevel(kb, red)).toBe("SELF_CARE");
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
