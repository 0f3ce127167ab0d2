import { describe, expect, it } from "vitest";
import { matchedIds } from "../helpers/readings.js";
import { kb, sided } from "../helpers/realReadings.js";

// A part of a site said on its own after the clause naming the site names it more closely
// (src/understand/partsJoined.ts, stop 39). Sentences written for these tests.

describe("a part said after its site, a comma between", () => {
  it("names the part of the site the clause before named", () => {
    expect(matchedIds(kb, "my knee aches, on the inside")).toEqual(["+inner-knee-pain"]);
    expect(matchedIds(kb, "my ankle hurts. on the outside.")).toEqual(["+ankle-pain-sides"]);
    expect(sided("stairs hurt my knee - the right one, on the inside")).toEqual([
      ["inner-knee-pain", true, "RUNNER", "RIGHT"],
    ]);
  });

  it("leaves a site said after it, and the body's back, as they were", () => {
    expect(matchedIds(kb, "my heel hurts, at the back, and my ankle is swollen")).toEqual([
      "+heel-pain-after-running",
      "+ankle-swelling",
    ]);
    expect(matchedIds(kb, "my heel hurts and my back")).toEqual(["+heel-pain-after-running"]);
  });
});
