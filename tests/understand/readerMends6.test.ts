import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Reader mends after round 6's review (helper-63): each finding as a category, with the
// reviewer's inputs and sentences of our own.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, side]. */
const sided = (text: string) => entityFindings(kb, text, "side");

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

describe("a denial's list of things going on past a state word", () => {
  it("denies the state word when or/nor, another feeling or 'nothing like that' follows", () => {
    for (const text of [
      "no heel pain, swollen, numb, nothing like that, just stiff",
      "my heel aches, no swelling, numb or tingly bits",
      "my heel is sore but no swollen, numb or tingly feelings",
      "without swelling, numb or tingly feelings in my heel",
      "no pain, numb nor tingly in my heel",
      "heel not sore, no redness, numb or tingling",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    expect(matchedIds(kb, "my heel aches, no swelling, numb or tingly bits")).toEqual([
      "+heel-pain-after-running",
      "-heel-redness-warmth-swelling",
      "-heel-numbness-tingling",
    ]);
  });

  it("still reports a state word that ends the list", () => {
    for (const text of [
      "no heel pain, numb",
      "no heel pain, swollen, numb",
      "without pain in my heel, swollen",
      "no heel pain, numb and tingly",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(matchedIds(kb, "no heel pain, numb")).toEqual([
      "-heel-pain-after-running",
      "+heel-numbness-tingling",
    ]);
  });
});

describe("pain while running that rest eases", () => {
  it("is the stress fracture's pain worse while running and better with rest", () => {
    for (const text of [
      "heel hurts when I run, better with rest",
      "heel hurts while running and gets better with rest",
      "my heel hurts during runs, rest helps",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-worse-when-running"]);
      expect(triageLevel(kb, text), text).toBe("SEE_DOCTOR");
    }
  });

  it("is not said by pain after running that rest eases, nor by either alone", () => {
    for (const text of [
      "heel hurts after runs and gets better with rest",
      "heel pain after running that settles with rest",
      "heel hurts when I run",
      "heel is sore, better with rest",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-after-running"]);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });
});

describe("a mileage cut", () => {
  it("is no mileage jump, said in its clause or the one before the figure", () => {
    for (const text of [
      "I cut my mileage, it was 30%",
      "dropped my weekly mileage, it was 40 percent",
      "my mileage went down, it was 30%",
      "I cut my mileage by 30%",
      "mileage down 30% this month",
      "I reduced my mileage from 40 to 20, heel still hurts",
      "ran 30% less mileage this month",
    ])
      expect(matchedIds(kb, text), text).not.toContain("+mileage-jump");
  });

  it("leaves a rise read, with a word of rise or without", () => {
    for (const text of [
      "I upped my mileage by 30%",
      "I upped my mileage, it was 30%",
      "mileage went from 20 to 40",
      "weekly mileage 40% higher than last month",
    ])
      expect(matchedIds(kb, text), text).toContain("+mileage-jump");
  });
});

// Mends after round 7's review (helper-74): whose body a pointer clause is about.
describe("a part of what 'it' points at ('the back of it')", () => {
  it("is an animal's, read as no one's finding, after the animal's site", () => {
    for (const text of [
      "my dog's heel hurts, the back of it is swollen",
      "my cat's heel is sore, the back of it is red",
      "my horse's heel is sore. the back of it is swollen",
    ]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    const text = "my heel is fine but my dog's heel hurts, the back of it is swollen";
    expect(matchedIds(kb, text), text).toEqual([]);
    expect(triageLevel(kb, text), text).not.toBe("URGENT");
  });

  it("is another person's, at the part of their site", () => {
    const theirs = [["back-of-heel-pain-swelling", true, "SOMEONE_ELSE", "back-of-heel"]];
    for (const text of [
      "my wife's heel hurts, the back of it is swollen",
      "my buddy's heel hurts. the back of it is swollen",
    ]) {
      expect(kb.reader.read(text).about, text).toBe("SOMEONE_ELSE");
      expect(entityFindings(kb, text, "site"), text).toEqual(theirs);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    for (const text of [
      "my ankle hurts. my wife's heel hurts too, the back of it is swollen",
      "my ankle and my wife's heel hurt, the back of it is swollen",
    ]) {
      expect(entityFindings(kb, text, "site"), text).toEqual([
        ["runners-ankle", true, "RUNNER", "ankle"],
        ...theirs,
      ]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    expect(triageLevel(kb, "my ankle hurts and my wife's heel, it is swollen")).toBe("URGENT");
  });

  it("stays theirs when the runner's own site follows ('... and my heel is numb')", () => {
    for (const text of [
      "my dog's heel is sore, the back of it is swollen and my heel is numb",
      "my dog's heel is sore, it is swollen and my heel is numb",
    ])
      expect(entityFindings(kb, text, "site"), text).toEqual([
        ["heel-numbness-tingling", true, "RUNNER", "heel"],
      ]);
    expect(
      entityFindings(kb, "my wife's heel is sore, it is swollen and my ankle hurts", "site"),
    ).toEqual([
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
  });

  it("stays the runner's after the runner's own site", () => {
    for (const text of [
      "my heel hurts, the back of it is swollen",
      "my dog's heel hurts, the back of my heel is swollen",
    ]) {
      expect(entityFindings(kb, text, "site"), text).toEqual([
        ["back-of-heel-pain-swelling", true, "RUNNER", "back-of-heel"],
      ]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    expect(entityFindings(kb, "my heel is sore, the back of it is red", "site")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "back-of-heel"],
    ]);
  });
});

describe("a pronoun clause right after an animal's", () => {
  it("is the animal's", () => {
    for (const text of [
      "my dog's leg hurts and he can't walk",
      "my dog's leg hurts, he can't walk",
      "my cat's leg is sore and she can't walk",
      "my dog hurt his leg and he can't walk",
    ]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("leaves a person's and the runner's as they were", () => {
    expect(entityFindings(kb, "my wife's leg hurts and she can't walk", "site")).toEqual([
      ["cannot-bear-weight", true, "SOMEONE_ELSE", undefined],
    ]);
    expect(entityFindings(kb, "my dog's leg hurts and I can't walk", "site")).toEqual([
      ["cannot-bear-weight", true, "RUNNER", undefined],
    ]);
  });
});
