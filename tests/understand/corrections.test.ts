import { describe, expect, it } from "vitest";
import { CORRECTION_REACH } from "../../src/understand/corrections.js";
import { SIDE_LEAD_REACH } from "../../src/understand/namesSide.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read, sided } from "../helpers/realReadings.js";

// A correction ('no wait', 'I mean'): what it takes back, what it puts right
// (a site, a side, a sign), and how far back it looks.
// Moved here from the test files of reader round 6, reader round 8 and the mends after rounds 6 and
// 7 (named after the round or mend that wrote them). Sentences written for these tests or taken
// from the reviews' reproductions, not from any held-out set.

describe("a correction", () => {
  it("takes back only what the words after it put right", () => {
    expect(read("my heel is numb, no wait, tingly")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(sided("my left heel hurts, no wait, right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "RIGHT"],
    ]);
    expect(sided("my left achilles, I mean my right, aches")).toEqual([
      ["pain-near-heel-dull-or-sharp", true, "RUNNER", "RIGHT"],
    ]);
  });

  it("puts a site right for the whole sentence before it, not the sentence before that", () => {
    expect(read("my knee aches at night. heel swollen, sore, no wait, it's my ankle")).toEqual([
      ["knee-pain-after-run", true, "RUNNER", "knee"],
      ["ankle-swelling", true, "RUNNER", "ankle"],
    ]);
  });

  it(`takes back all before it when nothing known is said within ${CORRECTION_REACH} items`, () => {
    expect(matchedIds(kb, "my heel is swollen, no wait")).toEqual([]);
    const far = `my heel is numb, no wait, ${"blah ".repeat(CORRECTION_REACH)}tingly`;
    expect(read(far)).toEqual([]);
  });
});

describe("a clarifier ('I mean') with nothing after it", () => {
  it("takes nothing back: the site just before it is the one meant", () => {
    expect(read("it tingles at night, my heel I mean")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, "it tingles at night, my heel I mean")).toBe("URGENT");
  });

  it("still puts right what it is followed by, and other corrections still take all back", () => {
    expect(read("my heel, I mean my ankle, is swollen")).toEqual([
      ["ankle-swelling", true, "RUNNER", "ankle"],
    ]);
    expect(read("my heel is numb, scratch that")).toEqual([]);
  });
});

describe("a side word after a correction", () => {
  it(`counts past at most ${SIDE_LEAD_REACH} marks and fillers`, () => {
    expect(sided("my left heel hurts, I mean my right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "RIGHT"],
    ]);
    // Farther back, the side word alone names no side: the correction takes the left back.
    expect(sided("my left heel hurts, I mean, , , , right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", null],
    ]);
  });
});

describe("a correction that moves a sign", () => {
  it("says which sign was reported where: the numbness at the ankle, nothing at the heel", () => {
    const findings = kb.reader.read("my heel hurts, it is numb, no wait, my ankle").findings;
    expect(findings.some((f) => f.site?.id === "heel")).toBe(false);
    const numb = findings.filter((f) => f.feelings.includes("numbness"));
    expect(numb.map((f) => [f.site?.id, f.present, f.entity, f.text])).toEqual([
      ["ankle", true, null, "numb"],
    ]);
  });
});

describe("a site put right by a correction", () => {
  it("is taken back only from the clause naming it, not from a sign of another site", () => {
    for (const text of [
      "my left heel is numb and my right ankle hurts, no wait, my right knee",
      "my heel is swollen, my ankle hurts, no wait, my knee",
      "my heel is numb and my ankle aches, no wait, my knee aches",
      "heel numb, ankle sore, no wait, knee sore",
      "my heel is numb, my ankle throbs in the morning, no wait, my knee",
      "my heel is red and hot, my ankle is sore, I mean my knee",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(sided("my left heel is numb and my right ankle hurts, no wait, my right knee")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "LEFT"],
      ["knee-pain-after-run", true, "RUNNER", "RIGHT"],
    ]);
  });

  it("still takes it back from the site-less clauses leaning on it", () => {
    expect(matchedIds(kb, "my heel hurts in the morning, no wait, it's my left ankle")).toEqual([
      "+runners-ankle",
    ]);
    expect(matchedIds(kb, "my heel hurts, it is numb, no wait, my ankle")).toEqual([
      "+runners-ankle",
    ]);
    expect(sided("my left heel hurts, no wait, right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "RIGHT"],
    ]);
  });
});

describe("a sign taken back as a joke ('jk', stop 40)", () => {
  it("reads what follows 'jk' or 'just kidding', not the sign before it", () => {
    for (const text of [
      "heel went numb lol jk it just aches",
      "my heel is numb, just kidding, its sore",
    ]) {
      expect(matchedIds(kb, text), text).not.toContain("+heel-numbness-tingling");
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    }
  });
});

describe("a numb sign over when 'the feeling's back' (stop 40)", () => {
  it("reads the numbness over when the feeling is said back with a contraction", () => {
    for (const text of [
      "my heel went numb on the run but the feeling's back now",
      "left heel was numb yesterday but the feeling's come back today",
    ]) {
      expect(matchedIds(kb, text), text).toContain("-heel-numbness-tingling");
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    }
    expect(triageLevel(kb, "my heel went numb and the feeling hasn't come back")).toBe("URGENT");
  });
});
