import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// An answer 'no' and what follows it: a sign still there, or said to be over.
// Moved here from the test files of reader round 10a, session 31 mend B and session 31 mend D
// (named after the round or mend that wrote them). Sentences written for these tests or taken from
// the reviews' reproductions, not from any held-out set.

describe("an answer 'no' and then what is still there", () => {
  it("reports the sign said after it", () => {
    for (const text of [
      "no the swelling is still there",
      "is the swelling down? no the swelling is still there",
      "no its still swollen",
      "no that swelling is still there",
      "nope the swelling hasn't gone down",
    ]) {
      expect(read(text), text).toEqual([["swelling", true, "RUNNER", undefined]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    for (const text of [
      "nope the tingling in my heel hasn't gone",
      "has the numbness gone? nope the numbness in my heel is still there",
      "no the numbness in my heel is still there",
    ])
      expect(read(text), text).toEqual([["heel-numbness-tingling", true, "RUNNER", "heel"]]);
  });

  it("still denies what 'no' is said of", () => {
    for (const text of ["no swelling", "swollen? no", "no its not swollen"])
      expect(read(text), text).toEqual([["swelling", false, "RUNNER", undefined]]);
    expect(read("no numbness in my heel")).toEqual([
      ["heel-numbness-tingling", false, "RUNNER", "heel"],
    ]);
    expect(read("no heel swelling")).toEqual([
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
    ]);
  });
});

describe("F7: an answer 'no' and a sign said to be over", () => {
  it("denies the sign, as at the base", () => {
    for (const text of [
      "no the numbness in my heel has stopped",
      "no the numbness in my heel has eased",
    ]) {
      expect(read(text), text).toEqual([["heel-numbness-tingling", false, "RUNNER", "heel"]]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("still reports a sign said to be still there", () => {
    expect(read("no the swelling is still there")).toEqual([
      ["swelling", true, "RUNNER", undefined],
    ]);
    expect(read("nope the tingling in my heel hasn't gone")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
  });
});

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

describe("a 'no' to a question that asks whether the runner can (stop 35)", () => {
  it("reports the sign the question's words deny", () => {
    expect(read("can you walk normally? no")).toEqual([["limping", true, "RUNNER", undefined]]);
    expect(read("can you put weight on it? no")).toEqual([
      ["cannot-bear-weight", true, "RUNNER", undefined],
    ]);
    expect(triageLevel(kb, "walking normally: no")).toBe("URGENT");
  });

  it("keeps the denial of a 'yes', and a 'no' to a sign asked plainly", () => {
    expect(read("can you walk normally? yes")).toEqual([["limping", false, "RUNNER", undefined]]);
    expect(read("isn't it swollen? no")).toEqual([["swelling", false, "RUNNER", undefined]]);
  });
});

// Stop 39, from heldout23 and heldout24 (in-sample): sentences written for these tests.
describe("a 'no' answering a list of signs, or said around fillers", () => {
  it("denies every sign the question listed", () => {
    for (const text of [
      "Where does it hurt? -> left heel. Hot, red or puffy? -> no",
      "Where does it hurt? -> left heel. Hot, red or puffy? -> none of those",
      "Where does it hurt? -> left heel. Hot, red or puffy? -> no, none of them",
    ]) {
      expect(read(text), text).toEqual([
        ["heel-pain-after-running", true, "RUNNER", "heel"],
        ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
      ]);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });

  it("reads a spoken 'no' with fillers around it", () => {
    expect(read("is my heel puffy? it's not")).toEqual([
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
    ]);
    const text =
      "Could pins and needles in the heel mean trouble? I don't have any, my heel just aches";
    expect(read(text)).toContainEqual(["heel-numbness-tingling", false, "RUNNER", "heel"]);
    expect(triageLevel(kb, text)).not.toBe("URGENT");
  });

  it("keeps a sign the runner does not deny", () => {
    expect(triageLevel(kb, "heel numb? I think not")).toBe("URGENT");
    expect(triageLevel(kb, "my heel is red, is it swollen? no")).toBe("URGENT");
  });
});

describe("'no to all three'", () => {
  it("denies every sign asked", () => {
    const text = "Where does it hurt? -> left heel. Hot, red or puffy? -> no to all three";
    expect(read(text)).toContainEqual(["heel-redness-warmth-swelling", false, "RUNNER", "heel"]);
    expect(triageLevel(kb, text)).toBe("SELF_CARE");
  });
});

describe("a list of signs answered together at its end (stop 40)", () => {
  it("denies every sign of 'numbness, redness, swelling, limping -> none of those'", () => {
    const text =
      "Any of these? numbness, redness, swelling, limping -> none of those. Where? -> heel";
    const ids = matchedIds(kb, text);
    expect(ids).toContain("-heel-numbness-tingling");
    expect(ids).toContain("-heel-redness-warmth-swelling");
    expect(ids).not.toContain("+heel-numbness-tingling");
    expect(triageLevel(kb, text)).not.toBe("URGENT");
  });

  it("lets a short answer deny its own sign alone ('heel numb, red no')", () => {
    expect(matchedIds(kb, "heel numb, red no")).toContain("+heel-numbness-tingling");
  });
});
