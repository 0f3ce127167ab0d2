import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  labelBox,
  layoutNeighbourhood,
  overlaps,
  type Placed,
} from "../../src/web/neighbourhoodLayout.js";

const KINDS = ["CONDITION", "SYMPTOM", "CAUSE", "TREATMENT", "ADVICE"];

function overlapping(placed: readonly Placed[]): [string, string][] {
  const out: [string, string][] = [];
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) if (overlaps(a, b)) out.push([a.label, b.label]);
  }
  return out;
}

describe("the entity page's neighbourhood layout", () => {
  it("never lets two label boxes overlap, for up to 24 neighbours of any label length", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), {
          minLength: 1,
          maxLength: 24,
        }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (labels, centre) => {
          const placed = layoutNeighbourhood(
            { id: "centre", label: centre, kind: "CONDITION" },
            labels.map((label, i) => ({ id: `n${i}`, label, kind: KINDS[i % KINDS.length] ?? "" })),
          );
          expect(placed).toHaveLength(labels.length + 1);
          expect(overlapping(placed)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps the centre first and every box as wide as its label needs", () => {
    const placed = layoutNeighbourhood({ id: "c", label: "Plantar fasciitis", kind: "CONDITION" }, [
      { id: "a", label: "Tight calves", kind: "CAUSE" },
    ]);
    expect(placed[0]?.id).toBe("c");
    expect(placed[1]?.width).toBe(labelBox("Tight calves").width);
  });

  it("detects an overlap when there is one (the check can fail)", () => {
    const box = { id: "x", label: "x", kind: "CAUSE", width: 40, height: 18 };
    expect(overlaps({ ...box, x: 0, y: 0 }, { ...box, x: 30, y: 10 })).toBe(true);
    expect(overlaps({ ...box, x: 0, y: 0 }, { ...box, x: 41, y: 0 })).toBe(false);
  });
});
