import { describe, expect, it } from "vitest";
import { triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// Everyday words for other people, and forms of address: a person spoken
// to ('mate', 'pal') names no one else; one spoken of ('for son') does.
// Moved here from the test files of reader round 10a, session 31 mend B and session 31 mend E
// (named after the round or mend that wrote them). Sentences written for these tests or taken from
// the reviews' reproductions, not from any held-out set.

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

describe("F5: a form of address names no one else", () => {
  it("keeps the complaint the runner's when 'mate', 'pal' or 'bestie' is said to the reader", () => {
    for (const [text, id] of [
      ["heel is swollen mate, what do i do", "heel-redness-warmth-swelling"],
      ["heel is numb mate", "heel-numbness-tingling"],
      ["heel swollen mate", "heel-redness-warmth-swelling"],
      ["heel is numb pal, any ideas", "heel-numbness-tingling"],
      ["heel is swollen bestie, help", "heel-redness-warmth-swelling"],
      ["heel hurts after runs mate, what should i do", "heel-pain-after-running"],
    ] as const) {
      expect(kb.reader.read(text).about, text).toBe("RUNNER");
      expect(read(text), text).toEqual([[id, true, "RUNNER", "heel"]]);
    }
  });

  it("still gives a possessive or subject use to the other person", () => {
    for (const text of ["my mate's heel is swollen", "my mate has a swollen heel"]) {
      expect(kb.reader.read(text).about, text).toBe("SOMEONE_ELSE");
      expect(read(text), text).toEqual([
        ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
      ]);
    }
    expect(read("my heel hurts and so does my mate")).toContainEqual([
      "heel-pain-after-running",
      true,
      "RUNNER",
      "heel",
    ]);
  });
});

describe("G1: a person after a preposition is spoken of, not spoken to", () => {
  it("gives the sign to the person named after 'for' or 'on'", () => {
    expect(read("heel is swollen for son")).toEqual([
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
    ]);
    const text = "my heel is fine but swollen heel on dad";
    expect(read(text)).toContainEqual([
      "heel-redness-warmth-swelling",
      true,
      "SOMEONE_ELSE",
      "heel",
    ]);
    expect(read(text)).not.toContainEqual(["heel-redness-warmth-swelling", true, "RUNNER", "heel"]);
  });

  it("still reads a form of address as the runner's", () => {
    for (const text of ["heel is numb mate", "heel is swollen pal, any ideas"])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(read("heel is numb mate")).toEqual([["heel-numbness-tingling", true, "RUNNER", "heel"]]);
  });
});
