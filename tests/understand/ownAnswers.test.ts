import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { reportedIds, triageLevel } from "../helpers/readings.js";

// Mend 33b (review s33 A4, A8): the runner's answer beside a general question ("mine hasn't",
// "its back", "it does", "heel numb since monday") makes the asked sign theirs; answers that
// deny it or speak of someone else do not. Sentences written for this test.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** The ids of the findings the runner reports (present, not only asked about, theirs). */
const reported = (text: string) => reportedIds(kb, text);

/** Each text reports its id as the runner's and its trace is not UNKNOWN. */
function reportsOwn(cases: readonly (readonly [string, string])[]) {
  for (const [text, id] of cases) {
    expect(reported(text), text).toContain(id);
    expect(triageLevel(kb, text), text).not.toBe("UNKNOWN");
  }
}

describe("the runner's answer beside a general question", () => {
  it('"mine" and a negated verb after asking whether it goes away', () => {
    reportsOwn([
      ["does heel pain ever go away? mine hasn't for months", "heel-pain-after-running"],
      ["does heel pain ever go away? mine hasnt", "heel-pain-after-running"],
      ["will heel pain ever go away? mine won't", "heel-pain-after-running"],
      ["is heel pain ever serious? mine wont stop", "heel-pain-after-running"],
      ["does ankle swelling ever go down? mine hasnt", "ankle-swelling"],
      ["do heels hurt after running? mine don't go away though", "heel-pain-after-running"],
    ]);
  });

  it('"its back" and a confirming "it does"', () => {
    reportsOwn([
      ["can achilles pain come back? its back", "pain-near-heel-dull-or-sharp"],
      ["can achilles pain come back? yep it's back", "pain-near-heel-dull-or-sharp"],
      ["should I stop running if my ankle hurts? it does", "runners-ankle"],
    ]);
  });

  it("a sign said first, with no owner word (A8)", () => {
    const text = "does running on concrete cause heel numbness? heel numb since monday";
    expect(reported(text)).toEqual(
      expect.arrayContaining(["hard-surfaces", "heel-numbness-tingling"]),
    );
    expect(reported("is heel pain ever a big deal? limping since monday")).toEqual(
      expect.arrayContaining(["heel-pain-after-running", "limping"]),
    );
  });
});

describe("answers that do not make the sign the runner's", () => {
  it("deny it, say it is over, or speak of someone else: UNKNOWN", () => {
    for (const text of [
      "do heels hurt after running? mine dont",
      "does heel pain go away? mine went away",
      "should I stop running if my ankle hurts? it doesnt",
      "is heel pain ever a big deal? asking for a friend",
      "can running cause achilles pain? just curious",
      "does heel pain ever go away? my sons hasnt",
      "can achilles pain come back? its back for my brother",
      "should I stop running if my ankle hurts?",
      "is pain in the heel ever a big deal?",
      "can running cause achilles pain?",
    ]) {
      expect(reported(text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });
});
