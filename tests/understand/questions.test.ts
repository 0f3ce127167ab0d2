import { describe, expect, it } from "vitest";
import { kb } from "../helpers/realReadings.js";

// A condition or a sign only asked about: a weak hint, never self-care,
// while what the runner reports beside the question is read.
// Moved here from the test files of reader round 6 (named after the round or mend that wrote them).
// Sentences written for these tests or taken from the reviews' reproductions, not from any held-out
// set.

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
