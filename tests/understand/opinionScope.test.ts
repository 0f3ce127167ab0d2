import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { matchedIds } from "../helpers/readings.js";

// Another person's view of a cause is not the runner's report; what the runner said before
// that view in the same clause is (review A, session 32, A9). Sentences written for this test.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("a view drops only what is inside it", () => {
  it.each([
    ["i upped my mileage from 20 to 40 and my coach said to rest, heel hurts", "+mileage-jump"],
    ["my shoes are worn out and my coach said so, heel sore", "+worn-shoes"],
    [
      "i run hills every day and my coach thinks thats fine, heel hurts at the back",
      "+hill-running",
    ],
    [
      "i went from 20 to 40 miles a week and my physio says thats too much, heel hurts",
      "+mileage-jump",
    ],
  ])("keeps the runner's own earlier cause: %s", (text, cause) => {
    expect(matchedIds(kb, text)).toContain(cause);
  });

  it.each([
    ["my coach says i overstride, heel hurts", "+overstriding"],
    ["my coach said i upped my mileage from 20 to 40, heel hurts", "+mileage-jump"],
    ["heel hurts, my coach thinks i run hills every day", "+hill-running"],
  ])("still drops a cause inside the view: %s", (text, cause) => {
    const ids = matchedIds(kb, text);
    expect(ids).toContain("+heel-pain-after-running");
    expect(ids).not.toContain(cause);
  });
});
