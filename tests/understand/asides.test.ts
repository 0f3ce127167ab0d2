import { describe, expect, it } from "vitest";
import { PhraseSet } from "../../src/understand/PhraseSet.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { about, kb, read } from "../helpers/realReadings.js";

// An aside that only hedges ('I think', 'I guess', 'tbh', 'I am not sure if'):
// it names no body, and the runner's part after it is the runner's.
// Moved here from the test files of reader round 8, reader round 10a and session 31 mend B (named
// after the round or mend that wrote them). Sentences written for these tests or taken from the
// reviews' reproductions, not from any held-out set.

describe("an aside that only hedges ('I think', 'I guess')", () => {
  it("names no body: what follows another's or an animal's clause stays theirs", () => {
    for (const text of [
      "my dog's heel hurts, I think it is swollen",
      "my dog's heel hurts, I guess it is swollen",
      "our collie's paw is sore, I reckon it's swollen",
    ]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    // Another person's warning sign stays theirs, and red flags still win.
    expect(read("my wife's heel hurts, I think it's numb")).toEqual([
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
    ]);
    expect(triageLevel(kb, "my wife's heel hurts, I think it's numb")).toBe("URGENT");
  });

  it("keeps the runner's own words the runner's", () => {
    for (const text of [
      "my dog's heel hurts, I think my heel is swollen",
      "my dog's heel hurts, I think I am limping",
      "my heel hurts, I think it is swollen",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(read("my dog's heel hurts, I think my heel is swollen")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
  });
});

describe("the runner's part after an aside", () => {
  it("is the runner's, at the other's site", () => {
    for (const text of [
      "my wife's heel is numb and I think mine hurts",
      "my wife's heel is numb and i reckon mine hurts too",
      "my wife's heel is numb i think mine hurts",
      "my husband's heel is numb and im pretty sure mine aches",
    ]) {
      expect(read(text), text).toEqual([
        ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
        ["heel-pain-after-running", true, "RUNNER", "heel"],
      ]);
      expect(about(text), text).toBe("RUNNER");
    }
    expect(read("my wife's heel is numb i guess my ankle hurts")).toEqual([
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
  });

  it("takes no site of theirs for a sign not about a site", () => {
    for (const text of [
      "my friend's heel is bruised and I am limping",
      "my friend's heel is bruised and I think I am limping",
    ])
      expect(read(text), text).toEqual([
        ["sudden-acute-heel-pain", true, "SOMEONE_ELSE", "heel"],
        ["limping", true, "RUNNER", undefined],
      ]);
  });

  it("leaves an aside saying nothing theirs", () => {
    for (const text of [
      "my wife's heel is numb, I think",
      "my wife's heel is numb and I think",
      "my wife's heel is numb and I think mine is fine",
    ]) {
      expect(read(text), text).toEqual([["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"]]);
      expect(about(text), text).toBe("SOMEONE_ELSE");
    }
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
