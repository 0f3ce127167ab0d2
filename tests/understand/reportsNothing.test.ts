import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { askedAbout } from "../../src/trace/askedAbout.js";
import { realKb } from "../helpers/knowledge.js";
import { triageLevel } from "../helpers/readings.js";

// Reader round 11a: texts that report nothing of the runner's are never SELF_CARE. Sentences
// written for this test, not taken from any held-out set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** The ids of the findings the runner reports (present, not only asked about). */
const reported = (text: string) =>
  kb.reader
    .read(text)
    .findings.filter((f) => f.entity !== null && f.present && !askedAbout(f))
    .map((f) => f.entity?.id);

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
