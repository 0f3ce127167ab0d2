import { describe, expect, it } from "vitest";
import { askedAbout } from "../../src/trace/askedAbout.js";
import { triageLevel } from "../helpers/readings.js";
import { asked, kb } from "../helpers/realReadings.js";

// A condition or a sign only asked about: a weak hint, never self-care,
// while what the runner reports beside the question is read.
// Moved here from the test files of reader round 6, reader round 8 and the mends after rounds 5 and
// 7 (named after the round or mend that wrote them). Sentences written for these tests or taken
// from the reviews' reproductions, not from any held-out set.

describe("a condition only asked about", () => {
  it("is a weak hint, never a finding at full confidence; what is said beside it is", () => {
    const asked = (text: string, id: string) =>
      kb.reader.read(text).findings.find((f) => f.entity?.id === id)?.confidence ?? null;
    for (const [text, id] of [
      ["is it plantar fasciitis?", "plantar-fasciitis"],
      ["could it be achilles tendinitis?", "achilles-tendinitis"],
      ["worried it's a stress fracture in my heel", "heel-stress-fracture"],
    ] as const)
      expect(asked(text, id), text).toBeLessThan(0.5);
    expect(asked("I have plantar fasciitis", "plantar-fasciitis")).toBeGreaterThan(0.8);
    expect(
      asked("could it be a stress fracture? my heel hurts", "heel-pain-after-running"),
    ).toBeGreaterThan(0.8);
  });
});

describe("what is felt, asked about as a subject", () => {
  it("is only asked about: no complaint, never self-care", () => {
    for (const text of [
      "what causes heel pain",
      "why do heels hurt after running",
      "how to fix heel pain when running",
      "so what causes ankle pain?",
    ]) {
      expect(
        asked(text).every(([, a]) => a === true),
        text,
      ).toBe(true);
      expect(asked(text).length, text).toBeGreaterThan(0);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    // Read as a name asked about is: a weak hint.
    const [pain] = kb.reader.read("what causes heel pain").findings;
    expect(pain?.confidence).toBeLessThan(0.5);
  });

  it("is reported when the runner's own, pointed at, or said after the question", () => {
    for (const text of [
      "why does my heel hurt",
      "what causes runner's ankle? my ankle hurts after runs",
      "what causes heel pain? mine hurts every morning",
      "my hip is what hurts after running",
    ])
      expect(triageLevel(kb, text), text).not.toBe("UNKNOWN");
    expect(asked("why does my heel hurt")).toEqual([["heel-pain-after-running", false]]);
  });

  it("never hedges a warning sign (red flags win)", () => {
    expect(asked("what causes numbness in the heel")).toEqual([["heel-numbness-tingling", false]]);
    expect(triageLevel(kb, "what causes numbness in the heel")).toBe("URGENT");
  });
});

describe("a name asked about as a subject", () => {
  const asked = (text: string) =>
    kb.reader
      .read(text)
      .findings.filter((f) => f.entity !== null)
      .map((f) => [f.entity?.id, askedAbout(f)]);

  it("is marked by the reader (the vocabulary's topics), and the trace reads the mark", () => {
    for (const text of [
      "what causes runner's ankle",
      "no pain at all, just asking how to prevent plantar fasciitis",
      "how to avoid achilles tendinitis",
    ]) {
      expect(asked(text), text).toEqual([[expect.any(String), true]]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    // The runner's own name is reported, whatever is asked of it.
    for (const text of [
      "how do I treat my plantar fasciitis",
      "what helps when you have plantar fasciitis",
      "diagnosed with plantar fasciitis, what should I do",
    ])
      expect(asked(text), text).toEqual([["plantar-fasciitis", false]]);
  });

  it("leaves what the runner reports after the question read", () => {
    const text = "what causes runner's ankle? my ankle hurts after runs";
    expect(asked(text)).toEqual([["runners-ankle", false]]);
    expect(triageLevel(kb, text)).not.toBe("UNKNOWN");
  });
});
