import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";

// The fifth held-out set's safety categories, on the real vocabulary: uncovered parts,
// animals, double negatives, signs said to be over, signs only asked about. Sentences
// written for this test, not taken from any set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const matched = (text: string) => matchedIds(kb, text);
const triage = (text: string) => triageLevel(kb, text);

describe("a part or mark no article covers", () => {
  it("reads no cause beside it, so the complaint is UNKNOWN", () => {
    for (const text of [
      "blister on my pinky toe since I switched to road running",
      "my toenails are sore after the hills, upped my mileage too",
    ]) {
      expect(matched(text)).toEqual([]);
      expect(triage(text)).toBe("UNKNOWN");
    }
  });

  it("leaves a cause alone, and a condition named at the toes, as they were", () => {
    expect(matched("I land on my toes when I run")).toEqual(["+aggressive-forefoot-strike"]);
    expect(matched("bunion on my big toe")).toEqual(["+bunions"]);
  });
});

describe("an animal named by kind or breed", () => {
  it("has nothing said of it read, and a pronoun after it is the animal", () => {
    for (const text of ["the retriever's ankle is swollen", "walked the puppy, she is limping"]) {
      expect(matched(text)).toEqual([]);
      expect(triage(text)).toBe("UNKNOWN");
    }
    expect(triage("walked the puppy, heel went numb after")).toBe("URGENT");
  });
});

describe("a double negative", () => {
  it("reports its sign; a bare 'no' before a denial does not", () => {
    expect(matched("it's not that my heel isn't tingling")).toEqual(["+heel-numbness-tingling"]);
    expect(triage("it's not that my heel isn't tingling")).toBe("URGENT");
    expect(matched("no my heel isnt tingling")).toEqual(["-heel-numbness-tingling"]);
  });
});

describe("a sign the next clause says is over", () => {
  it("is denied, but only the signs it names, and never one said to go on", () => {
    expect(triage("I was hobbling on Tuesday, walking fine again now")).not.toBe("URGENT");
    expect(triage("heel was red and puffy, the puffiness has gone down, still red")).toBe("URGENT");
    expect(triage("today I can feel my heel tingling")).toBe("URGENT");
    expect(triage("couldn't put weight on my heel last night, now I can")).not.toBe("URGENT");
  });
});

describe("a sign only asked about", () => {
  it("is denied once said not to have happened, at a sentence's end only", () => {
    expect(matched("what if my heel tingles on a run? hasn't happened yet")).toEqual([
      "-heel-numbness-tingling",
    ]);
    expect(triage("my heel tingles on a run? hasn't happened before")).toBe("URGENT");
  });
});
