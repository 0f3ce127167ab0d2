import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { presentIds, triageLevel } from "../helpers/readings.js";

// Reader round 11a: texts that report nothing of the runner's are never SELF_CARE. Sentences
// written for this test, not taken from any held-out set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** The ids of the findings the runner reports (present, not only asked about). */
const reported = (text: string) => presentIds(kb, text);

describe("a question about a problem in general", () => {
  it("reports nothing and is UNKNOWN", () => {
    for (const text of [
      "Do you need to see a doctor for heel pain?",
      "do you need to see a doctor for heel pain",
      "Do heels hurt from running on sand",
      "do ankles swell after a long race?",
      "how do I tell if ankle swelling is serious?",
      "how do you know if ankle swelling is serious",
      "how can I tell whether ankle swelling is serious? no problems now",
      "is heel pain after running normal?",
      "can you run with achilles pain?",
    ]) {
      expect(reported(text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("keeps a question that reports the runner's own complaint", () => {
    for (const [text, id] of [
      ["why does my heel hurt when I run?", "heel-pain-after-running"],
      ["do I need to see a doctor for my heel pain?", "heel-pain-after-running"],
      ["does my heel pain need a doctor?", "heel-pain-after-running"],
      ["how do I tell if my ankle swelling is serious?", "ankle-swelling"],
    ] as const) {
      expect(reported(text), text).toContain(id);
      expect(triageLevel(kb, text), text).not.toBe("UNKNOWN");
    }
  });

  it("never hides a red flag asked about in general (red flags win)", () => {
    expect(triageLevel(kb, "what causes swelling at the back of the heel")).toBe("URGENT");
    expect(triageLevel(kb, "is heel numbness serious?")).toBe("URGENT");
  });
});

describe("words that share a site's name but are no runner's leg", () => {
  it("reads the heel of a hand as a part no article covers", () => {
    for (const text of [
      "the heel of my hand hurts after I fell on my run",
      "heel of my palm is bruised from the fall",
      "the heels of my hands are sore",
    ]) {
      expect(reported(text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    expect(reported("heel of my hand is sore and my heel aches after running")).toContain(
      "heel-pain-after-running",
    );
  });

  it("reads no cause in a text only about shoes, saying no sign", () => {
    for (const text of [
      "the heel of my shoe is worn down on one side, should i get new ones",
      "heels of my trainers are worn through, time for new ones?",
    ]) {
      expect(reported(text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    // Beside a sign, worn shoes are the runner's cause.
    expect(reported("my shoes are worn out and my heel hurts after runs")).toContain("worn-shoes");
  });
});

describe("an animal named without a possessive", () => {
  it("reads nothing of its body words, the runner's still", () => {
    for (const text of [
      "the horse went lame on the left fore after our hack, swollen fetlock",
      "took the pony out, swollen hock on the right",
      "the dog keeps licking a swollen paw",
    ]) {
      expect(reported(text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    expect(reported("swollen fetlock on the mare, and my heel hurts")).toEqual([
      "heel-pain-after-running",
    ]);
  });
});

describe("someone else's view of a cause", () => {
  it("is not the runner's report of it", () => {
    for (const text of [
      "My coach says I overstride. My shins hurt.",
      "my coach says i overstride and thats why my shins hurt",
      "coach reckons I overstride, my shins are killing me",
    ]) {
      expect(reported(text), text).not.toContain("overstriding");
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    expect(reported("I overstride and my heel hurts")).toContain("overstriding");
  });
});

describe("two sites as one noun, then 'is' and no feeling (a figure of speech)", () => {
  it("reads nothing", () => {
    for (const text of [
      "my achilles heel is speedwork",
      "honestly my achilles heel is hill reps",
    ]) {
      expect(
        kb.reader.read(text).findings.filter((f) => f.entity !== null),
        text,
      ).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("keeps the sites when a feeling is said of them", () => {
    for (const text of [
      "my achilles heel hurts",
      "achilles heel pain",
      "pain in my achilles, heel too",
      "my achilles heel is sore",
    ])
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    expect(triageLevel(kb, "my achilles heel is swollen after hills")).toBe("URGENT");
  });
});
