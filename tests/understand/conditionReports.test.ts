import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { reportedIds, triageLevel } from "../helpers/readings.js";

// Mend 33b (review s33 A3): a question's "if" followed by the runner's present state ("if I
// can't put weight on my ankle", "if my ankle is swollen") reports it; a supposed sign ("if
// my ankle hurts") and another person's stay as they were. Sentences written for this test.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** The ids of the findings the runner reports (present, not only asked about, theirs). */
const reported = (text: string) => reportedIds(kb, text);

describe("a present state after a question's if", () => {
  it("reports not bearing weight on the ankle: a see-a-doctor answer", () => {
    for (const text of [
      "should I see a doctor if I cant put weight on my ankle",
      "should I go to A&E if I can't put weight on my ankle?",
      "what if I cant walk on my ankle",
      "do i need crutches if i cant put weight on my ankle",
      "is it bad if i cannot put weight on my ankle?",
    ]) {
      expect(reported(text), text).toContain("ankle-weight-bearing");
      expect(triageLevel(kb, text), text).toBe("SEE_DOCTOR");
    }
  });

  it("reports the ankle's swelling said to be so", () => {
    for (const text of [
      "should I see a doctor if my ankle is bruised and swollen?",
      "do i need an xray if my ankle is swollen and bruised",
      "should i ice if my ankle is swollen?",
      "should i stop running if my ankle is this swollen?",
      "should i run if my ankle's swollen",
      "can i race if my ankles are swollen?",
      "should I run if i have a swollen ankle",
      "should I run if ive got a swollen ankle",
    ]) {
      expect(reported(text), text).toContain("ankle-swelling");
      expect(triageLevel(kb, text), text).not.toBe("UNKNOWN");
    }
  });
});

describe("a supposed sign after a question's if", () => {
  it("stays only asked about: UNKNOWN", () => {
    for (const text of [
      "should I stop running if my ankle hurts?",
      "is pain in the heel ever a big deal?",
      "can running cause achilles pain?",
      "what should i do if your ankle is swollen?",
      "what if i had a swollen ankle",
      "what if my ankle was swollen",
    ]) {
      expect(reported(text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("reads a denied state after if as denied", () => {
    for (const text of [
      "should I see a doctor if my ankle isnt swollen",
      "should i run if i dont have any swelling in my ankle",
    ]) {
      expect(reported(text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("keeps a red flag after if: red flags win", () => {
    expect(triageLevel(kb, "what if my heel goes numb")).toBe("URGENT");
  });
});

describe('"r" before a site', () => {
  it("is the right side, so the sign is the runner's", () => {
    for (const [text, id] of [
      ["r ankle cant bear weight?", "ankle-weight-bearing"],
      ["r ankle swollen?", "ankle-swelling"],
      ["r heel sore?", "heel-pain-after-running"],
    ] as const) {
      expect(reported(text), text).toContain(id);
      const sides = kb.reader
        .read(text)
        .findings.filter((f) => f.entity?.id === id)
        .map((f) => f.side);
      expect(sides, text).toContain("RIGHT");
    }
    expect(triageLevel(kb, "r ankle cant bear weight?")).toBe("SEE_DOCTOR");
  });

  it('is "are" before anything else: a general question stays UNKNOWN', () => {
    for (const text of [
      "r they serious?",
      "r they meant to ache after long runs?",
      "r heels meant to hurt after running?",
    ]) {
      expect(reported(text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });
});
