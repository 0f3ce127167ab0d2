import { describe, expect, it } from "vitest";
import { kb } from "../helpers/realReadings.js";

// A site only named in a clause of its own ("my ankle" of "my ankle only hurts", where "only"
// starts a clause) is no finding beside the pain read there (stop 37). Sentences written for
// these tests, not taken from any held-out set.

/** Every finding of `text`: its entity's id (null when none), presence and site. */
const all = (text: string) =>
  kb.reader.read(text).findings.map((f) => [f.entity?.id ?? null, f.present, f.site?.id ?? null]);

describe("a site only named", () => {
  it("is not a finding of its own when the same site's pain is read", () => {
    expect(all("my ankle only hurts on downhills")).toEqual([["runners-ankle", true, "ankle"]]);
    expect(all("my heel, no numbness, just sore")).toEqual([
      ["heel-numbness-tingling", false, "heel"],
      ["heel-pain-after-running", true, "heel"],
    ]);
  });

  it("stays a finding when nothing is read at that site, or when a time is said of it", () => {
    expect(all("my ankle. my heel hurts")).toEqual([
      [null, true, "ankle"],
      ["heel-pain-after-running", true, "heel"],
    ]);
    expect(all("my achilles wakes me up at night")).toEqual([[null, true, "achilles"]]);
  });
});
