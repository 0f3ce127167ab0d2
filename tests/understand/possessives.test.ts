import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Reader round 11b: another person's possessive written without its apostrophe, and
// favouring a foot, in sentences of our own.
// Also moved here: tests from the test files of reader round 10a, session 31 mend B and session 31
// mend E (named after the round or mend that wrote them).
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const read = (text: string) => entityFindings(kb, text, "site");

describe("a possessive without its apostrophe (husbands, wifes, coachs)", () => {
  it("is another person's part when said alone", () => {
    expect(read("my husbands ankle hurts")).toEqual([
      ["runners-ankle", true, "SOMEONE_ELSE", "ankle"],
    ]);
    expect(read("my coachs ankle is swollen")).toEqual([
      ["ankle-swelling", true, "SOMEONE_ELSE", "ankle"],
    ]);
  });

  it("beside the runner's own, keeps only the other's warning sign", () => {
    expect(read("my husbands ankle hurts and mine does too")).toEqual([
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
    expect(read("my sons ankle is swollen and my heel aches")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my wifes heel is swollen and my ankle aches")).toEqual([
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
  });
});

describe("favouring a foot is limping (language)", () => {
  it("reads a bare favouring as limping, URGENT", () => {
    for (const text of ["favouring it", "favoring my left foot", "been favouring my right leg"]) {
      expect(matchedIds(kb, text), text).toContain("+limping");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });
});

describe("a body part that is no site, after another's possessive", () => {
  it("makes the clause theirs: their swelling is not the runner's heel's", () => {
    for (const text of [
      "my friend's leg is swollen and my heel hurts",
      "my friend's leg's all swollen, my heel is sore",
      "my sister's legs are swollen but my heel hurts after runs",
      "my horse's hoof is swollen and my heel hurts",
      "my dog's tail is swollen and my heel hurts",
      "my friend's left leg is swollen and my heel hurts",
    ]) {
      expect(read(text), text).toEqual([["heel-pain-after-running", true, "RUNNER", "heel"]]);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });

  it("reads no sign said without a place there, theirs", () => {
    // A part no covered site names says where the swelling is, as an elbow or a calf does.
    for (const text of [
      "my friend's leg is swollen",
      "my heel hurts and my friend's elbow is swollen",
      "my friend's elbow is swollen",
    ])
      expect(
        read(text).filter(([id]) => id === "swelling"),
        text,
      ).toEqual([]);
    expect(triageLevel(kb, "my friend's leg is swollen")).toBe("UNKNOWN");
    expect(triageLevel(kb, "my heel hurts and my friend's elbow is swollen")).toBe("SELF_CARE");
  });

  it("keeps their warning signs that need no place, and the runner's own", () => {
    expect(read("my friend is limping on his left leg and my heel hurts")).toEqual([
      ["limping", true, "SOMEONE_ELSE", undefined],
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my friend's leg is swollen and he can't put weight on it, my heel hurts")).toEqual(
      [
        ["cannot-bear-weight", true, "SOMEONE_ELSE", undefined],
        ["heel-pain-after-running", true, "RUNNER", "heel"],
      ],
    );
    expect(read("favouring my left leg, heel is killing me")).toEqual([
      ["limping", true, "RUNNER", undefined],
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    // The runner's heel swollen too is the runner's, whatever their leg is.
    for (const text of [
      "my friend's leg is swollen and my heel is swollen too",
      "my friend's leg is swollen and so is my heel",
    ]) {
      expect(read(text), text).toEqual([["heel-redness-warmth-swelling", true, "RUNNER", "heel"]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("leaves the site words as they were", () => {
    expect(read("my friend's heel is swollen and my ankle hurts")).toEqual([
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
    expect(read("swollen heel, right leg")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
  });
});

describe("F2: the body-word rule is for another's or an animal's part only", () => {
  it("keeps the runner's own leg sign for the heel said with it", () => {
    for (const text of [
      "my leg is swollen and so is my heel",
      "my legs are swollen and so are my heels",
      "my leg is swollen, my heel too",
      "leg swollen, heel too",
      "my leg is swollen and my heel as well",
      "swollen leg and heel",
      "my legs are swollen and red, especially my heels",
      "leg is swollen, mostly round the heel",
    ]) {
      expect(read(text), text).toContainEqual([
        "heel-redness-warmth-swelling",
        true,
        "RUNNER",
        "heel",
      ]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    expect(read("my leg is numb and so is my heel")).toContainEqual([
      "heel-numbness-tingling",
      true,
      "RUNNER",
      "heel",
    ]);
    expect(triageLevel(kb, "my leg is numb and so is my heel")).toBe("URGENT");
  });

  it("gives the runner's heel said 'too' after an animal's or another's part their sign", () => {
    for (const text of [
      "my horse's hoof is swollen, my heel too",
      "my friend's leg is swollen, my heel too",
    ]) {
      expect(read(text), text).toEqual([["heel-redness-warmth-swelling", true, "RUNNER", "heel"]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("reads the runner's own swollen legs as at the base", () => {
    expect(triageLevel(kb, "my legs are swollen")).toBe("URGENT");
  });

  it("still leaves another's and an animal's leg theirs", () => {
    expect(triageLevel(kb, "my dog's leg is swollen and my heel is fine")).toBe("UNKNOWN");
    expect(triageLevel(kb, "my friend's leg is swollen")).toBe("UNKNOWN");
  });
});

describe("G3: the runner's '..., my heel too' echoes only another's present sign", () => {
  it("does not copy a past, used-to or asked sign to the runner", () => {
    for (const text of [
      "my wife's heel was swollen last year, my heel too",
      "my dog's paw used to swell, my heel too",
      "is my wife's leg swollen? my heel too",
    ]) {
      expect(read(text), text).not.toContainEqual([
        "heel-redness-warmth-swelling",
        true,
        "RUNNER",
        "heel",
      ]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("does not read the runner's asked 'too?' as reported, and keeps theirs", () => {
    const text = "my wife's heel is numb. my heel too?";
    expect(read(text)).toContainEqual(["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"]);
    expect(read(text)).not.toContainEqual(["heel-numbness-tingling", true, "RUNNER", "heel"]);
  });

  it("still echoes another's present sign", () => {
    for (const text of [
      "my horse's hoof is swollen, my heel too",
      "my friend's leg is swollen, my heel too",
    ]) {
      expect(read(text), text).toEqual([["heel-redness-warmth-swelling", true, "RUNNER", "heel"]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });
});
