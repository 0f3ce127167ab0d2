import { describe, expect, it } from "vitest";
import { reportedIds } from "../helpers/readings.js";
import { asked, kb } from "../helpers/realReadings.js";

// Reader round 14a, what docs/reading.md says of another person's view: a condition named to
// the runner is the runner's own reported condition (only asked about when hedged: "might
// be"); a cause in the view of a person of `others`/`owners` before a `reporting` word is not
// the runner's report. Sentences written for these tests.

describe("a condition named to the runner is the runner's", () => {
  it("reads a physio's or a doctor's diagnosis as the runner's condition", () => {
    expect(reportedIds(kb, "physio says i have achilles tendonitis")).toEqual([
      "achilles-tendinitis",
    ]);
    expect(reportedIds(kb, "my heel hurts, my physio said it's plantar fasciitis")).toContain(
      "plantar-fasciitis",
    );
    expect(reportedIds(kb, "doc said achilles tendinitis")).toEqual(["achilles-tendinitis"]);
  });

  it("reads a diagnosis said only as a maybe as only asked about", () => {
    expect(asked("the physio said it might be plantar fasciitis")).toEqual([
      ["plantar-fasciitis", true],
    ]);
  });
});

describe("a cause in another person's view is not the runner's report", () => {
  it("drops a coach's or a mate's cause, keeps the runner's own signs", () => {
    for (const [text, cause] of [
      ["my achilles hurts and my coach says I have weak calves", "weak-calves"],
      ["my coach says tight calves cause achilles pain", "tight-calves"],
      ["my knee hurts, coach says I overstride", "overstriding"],
      ["heel sore, my mate reckons i run hills every day", "hill-running"],
    ] as const) {
      const ids = reportedIds(kb, text);
      expect(ids, text).not.toContain(cause);
      expect(ids.length, text).toBeGreaterThan(0);
    }
  });

  it("keeps the runner's own cause said beside the view", () => {
    expect(
      reportedIds(kb, "my achilles hurts, my calves are tight, coach says i overstride"),
    ).toContain("tight-calves");
  });
});
