import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { PhraseSet } from "../../src/understand/FrameWords.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, triageLevel } from "../helpers/readings.js";

// Session 31 review findings fixed by mend B. Sentences from the review's reproductions.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, site]. */
const read = (text: string) => entityFindings(kb, text, "site");

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

describe("F14: an aside as long as the vocabulary's longest", () => {
  it("knows how many words the longest aside has, from the vocabulary", () => {
    const asides = new PhraseSet(kb.data.vocabulary.asides, kb.data.vocabulary.numbers);
    const words = (p: string) => p.split(" ").length;
    expect(asides.longest).toBe(Math.max(...kb.data.vocabulary.asides.map(words)));
    expect(asides.longest).toBeGreaterThanOrEqual(words("i am not sure if"));
  });

  it("reads the runner's part after a five-word aside", () => {
    expect(read("my wife's heel is numb i am not sure if mine hurts")).toEqual([
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
      ["heel-pain-after-running", true, "RUNNER", "heel"],
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
