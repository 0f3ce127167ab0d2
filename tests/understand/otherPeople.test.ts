import { describe, expect, it } from "vitest";
import { triageLevel } from "../helpers/readings.js";
import { about, kb, read } from "../helpers/realReadings.js";

// Another person's sign beside the runner's: whose each is, an owner word
// leading a clause, and the runner's 'I am', 'I do', 'mine is'.
// Moved here from the test files of reader round 10a (named after the round or mend that wrote
// them). Sentences written for these tests or taken from the reviews' reproductions, not from any
// held-out set.

describe("another person's sign beside the runner's site said to be fine", () => {
  it("is read as the complaint's, about them, and the runner's fine site reports nothing", () => {
    for (const text of [
      "my son's ankle is swollen and my heel is fine",
      "my sons ankle is swollen and my heel is fine",
      "my son's ankle is swollen, my heel's ok",
      "my daughter's ankle is really swollen but my heels are grand",
      "is it normal that my son's ankle is swollen? my heel is fine",
      "my son's ankle is swollen my heel is fine",
    ]) {
      expect(read(text), text).toEqual([["ankle-swelling", true, "SOMEONE_ELSE", "ankle"]]);
      expect(about(text), text).toBe("SOMEONE_ELSE");
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });

  it("keeps their warning sign, and an animal's stays unread", () => {
    expect(read("my son's heel is swollen and my heel is fine")).toEqual([
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
    ]);
    expect(triageLevel(kb, "my son's heel is swollen and my heel is fine")).toBe("URGENT");
    expect(read("my dog's ankle is swollen and my heel is fine")).toEqual([]);
    expect(triageLevel(kb, "my dog's ankle is swollen and my heel is fine")).toBe("UNKNOWN");
  });

  it("stays theirs beside a complaint of the runner's own", () => {
    expect(read("my son's ankle is swollen and my heel hurts")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(about("my son's ankle is swollen and my heel hurts")).toBe("RUNNER");
  });
});
