import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { matchedIds } from "../helpers/readings.js";

// A complaint saying no sign whose site word is a shoe's reads no cause; a site word that is
// the runner's is read as theirs (review A, session 32, A12). Sentences written for this test.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("the shoe-only rule checks whose the site is", () => {
  it.each([
    "the heel of my shoe is worn down, should i get new ones",
    "my shoe's heel is worn down, which ones should i buy",
    "the heel of my shoes is worn, new ones?",
    "shoe heel is worn down, which ones should i buy",
    "the heel on my old shoe is worn down, new ones?",
    "the heel on my right trainer has worn away",
    "the heels on these old trainers are worn through",
  ])("reads nothing when the heel is the shoe's: %s", (text) => {
    expect(matchedIds(kb, text)).toEqual([]);
  });

  it.each([
    "my heel rubs in these shoes, which ones should i buy",
    "my heel rubs in my shoes",
    "my heel rubs on my shoes",
  ])("reads the runner's heel rubbing in their shoes: %s", (text) => {
    expect(matchedIds(kb, text)).toEqual(["+tight-shoes"]);
  });
});
