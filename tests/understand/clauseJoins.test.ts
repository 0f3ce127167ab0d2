import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// Clauses run on or joined ('and', 'n', '&', '+'): each body gets only what
// is said in its own stretch, and a denial stays within its own body's words.
// Moved here from the test files of reader round 10a, reader round 10c and session 31 mend B (named
// after the round or mend that wrote them). Sentences written for these tests or taken from the
// reviews' reproductions, not from any held-out set.

describe("two bodies run on in one clause", () => {
  it("gives each body only what is said in its own stretch", () => {
    expect(read("my wife's ankle is swollen my heel hurts")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my heel hurts my wife's ankle is swollen")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my wife's heel is numb my ankle hurts")).toEqual([
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
    expect(read("my heel is numb my wife's ankle hurts")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, "my wife's ankle is swollen my heel hurts")).toBe("SELF_CARE");
  });

  it("still shares what is felt after sites listed before it", () => {
    expect(read("my heel and my wife's ankle are numb")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(read("my ankle and my wife's heel hurt, it is numb")).toEqual([
      ["runners-ankle", true, "RUNNER", "ankle"],
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
    ]);
  });
});

describe("'n', '&', '+' for 'and', and another person's siteless clause", () => {
  it("reads both clauses whichever joins them", () => {
    for (const and of ["and", "n", "&", "+"]) {
      const text = `my heel hurts ${and} its swollen`;
      expect(matchedIds(kb, text), text).toEqual(["+heel-redness-warmth-swelling"]);
      const elbow = `my elbow hurts ${and} my heel is numb`;
      expect(matchedIds(kb, elbow), elbow).toEqual(["+heel-numbness-tingling"]);
    }
    expect(matchedIds(kb, "my elbow hurts n im limping")).toEqual(["+limping"]);
  });

  it("lends a person's clause naming no site none of the runner's later site", () => {
    for (const text of [
      "my son is swollen and my heel is fine",
      "my son is swollen, my heel is fine",
    ]) {
      expect(read(text), text).toEqual([["swelling", true, "SOMEONE_ELSE", undefined]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    expect(read("my son is swollen and my heel hurts")).toEqual([
      ["swelling", true, "SOMEONE_ELSE", undefined],
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my son's ankle is swollen and my heel is fine")).toEqual([
      ["ankle-swelling", true, "SOMEONE_ELSE", "ankle"],
    ]);
  });
});

describe("F8: run on, a denial stays within its own body's words", () => {
  it("does not deny the runner's sign said after another's denied one", () => {
    const text = "my wife's heel is not numb my heel is numb";
    expect(read(text)).toEqual([["heel-numbness-tingling", true, "RUNNER", "heel"]]);
    expect(triageLevel(kb, text)).toBe("URGENT");
    expect(read("my wife's ankle isnt swollen my heel is swollen")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
  });

  it("does not deny another's sign with the runner's trailing 'isnt'", () => {
    for (const text of [
      "my wife's heel is numb my heel isnt",
      "my wife's heel is numb my heel is not",
    ]) {
      expect(read(text), text).toEqual([["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("still denies across a list of the runner's own", () => {
    expect(read("my heel is not numb and my ankle is not swollen")).toEqual([
      ["heel-numbness-tingling", false, "RUNNER", "heel"],
      ["ankle-swelling", false, "RUNNER", "ankle"],
    ]);
  });
});
