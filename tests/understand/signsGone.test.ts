import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// A sign said absent, over, not over, or gone and back again.
// Moved here from the test files of reader round 8, reader round 10c and the mends after rounds 5
// and 7 (named after the round or mend that wrote them). Sentences written for these tests or taken
// from the reviews' reproductions, not from any held-out set.

describe("a sign said not to be over", () => {
  it("stays reported after a negation ('hasn't gone down', 'never stops')", () => {
    expect(matchedIds(kb, "my heel swelling hasn't gone down")).toEqual([
      "+heel-redness-warmth-swelling",
    ]);
    expect(matchedIds(kb, "the numbness in my heel has not gone away")).toEqual([
      "+heel-numbness-tingling",
    ]);
    expect(matchedIds(kb, "my ankle never stops aching")).toEqual(["+constant-ankle-ache"]);
    expect(triageLevel(kb, "my heel swelling hasn't gone down")).toBe("URGENT");
    // Said over, it is still over.
    expect(matchedIds(kb, "my heel swelling has gone down")).toEqual([
      "-heel-redness-warmth-swelling",
    ]);
  });
});

describe("a sign said absent or over after it is named", () => {
  it("is denied when said not there, stopped or over at its clause's end", () => {
    for (const [text, id] of [
      ["my heel hurts, the swelling isn't there", "-heel-redness-warmth-swelling"],
      ["my heel hurts but the swelling isn't there anymore", "-heel-redness-warmth-swelling"],
      ["my heel aches and the swelling's not there", "-heel-redness-warmth-swelling"],
      ["heel hurts, numbness has stopped", "-heel-numbness-tingling"],
      ["my heel hurts, the numbness is over now", "-heel-numbness-tingling"],
      ["my heel hurts, the numbness is gone now", "-heel-numbness-tingling"],
    ] as const) {
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-after-running", id]);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
    expect(matchedIds(kb, "the swelling isn't there")).toEqual(["-swelling"]);
    expect(triageLevel(kb, "the swelling isn't there")).not.toBe("URGENT");
  });

  it("ends only the sign named before it, not one said earlier in the clause", () => {
    expect(read("my heel is numb and the swelling is gone now")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, "my heel is numb and the swelling is gone now")).toBe("URGENT");
    expect(matchedIds(kb, "my heel hurts and the swelling has gone down")).toEqual([
      "+heel-pain-after-running",
      "-heel-redness-warmth-swelling",
    ]);
    expect(matchedIds(kb, "my heel hurts and there is no swelling")).toEqual([
      "+heel-pain-after-running",
      "-heel-redness-warmth-swelling",
    ]);
    // A pointer, or signs listed together, are all over.
    expect(matchedIds(kb, "my heel was numb and swollen and it's gone now")).toEqual([
      "-heel-numbness-tingling",
      "-heel-redness-warmth-swelling",
    ]);
  });

  it("keeps the sign where more follows, or where it is not over", () => {
    for (const text of [
      "the numbness in my heel isn't there all the time",
      "heel swelling isn't bad but it's there",
      "my heel is sore, swelling's gone down? no it hasn't",
      "my heel is swollen, has the swelling gone down? no it hasn't",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(matchedIds(kb, "my heel hurts, isn't there anything I can do")).toEqual([
      "+heel-pain-after-running",
    ]);
    expect(matchedIds(kb, "my heel hurts and has stopped me running")).toEqual([
      "+heel-pain-after-running",
    ]);
  });
});

describe("a sign said gone, then back", () => {
  it("is reported; gone and fine is still over", () => {
    expect(read("the swelling in my heel went down, then came back after the race")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
    expect(read("heel pain went away, now I'm fine")).toEqual([
      ["heel-pain-after-running", false, "RUNNER", "heel"],
    ]);
  });
});
