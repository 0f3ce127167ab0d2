import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { didYouMean, SUGGEST_MAX_LENGTH } from "../../src/graph/didYouMean.js";

const SECTIONS = ["Stress Fractures", "Plantar Fasciitis", "Heel Bursitis", "When to see a doctor"];

describe("didYouMean", () => {
  it("names the closest section of the document, case aside", () => {
    const suggest = didYouMean();
    expect(suggest("Stress Fracture", SECTIONS)).toContain('"Stress Fractures"');
    expect(suggest("plantar fasciitis", SECTIONS)).toContain('"Plantar Fasciitis"');
    expect(suggest("Ankle Sprain", SECTIONS)).toBe("");
  });

  it("names the names tied at the best distance, at most 3", () => {
    const suggestion = didYouMean()("heel-ach", [
      "heel-ache",
      "heel-each",
      "heel-acha",
      "heel-achy",
    ]);
    expect(suggestion.match(/"[^"]+"/g)).toHaveLength(3);
  });

  it("is bounded: no suggestion for an over-long name, nor once the load's cells are spent", () => {
    const long = "a".repeat(SUGGEST_MAX_LENGTH + 1);
    expect(didYouMean()(long, [`${long}b`])).toBe("");
    const suggest = didYouMean(100); // one comparison of 9 × 10 cells
    expect(suggest("heel-ach", ["heel-ache"])).not.toBe("");
    expect(suggest("heel-ach", ["heel-ache"])).toBe("");
  });

  it("only ever suggests a known name within its distance", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 8 }),
        (name, known) => {
          const suggestion = didYouMean()(name, known);
          for (const [, named] of suggestion.matchAll(/"([^"]*)"/g)) {
            expect(known.some((k) => k === named || k.includes('"'))).toBe(true);
          }
        },
      ),
    );
  });
});
