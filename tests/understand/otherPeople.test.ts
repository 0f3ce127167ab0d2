import { describe, expect, it } from "vitest";
import { triageLevel } from "../helpers/readings.js";
import { about, kb, read } from "../helpers/realReadings.js";

// Another person's sign beside the runner's: whose each is, an owner word
// leading a clause, and the runner's 'I am', 'I do', 'mine is'.
// Moved here from the test files of reader round 10a and the mends after rounds 5 and 7 (named
// after the round or mend that wrote them). Sentences written for these tests or taken from the
// reviews' reproductions, not from any held-out set.

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

describe("a clause led by an owner word after the runner's site and another person's", () => {
  it("is the other person's, at their site", () => {
    expect(read("my ankle and my wife's heel hurt, hers is numb")).toEqual([
      ["runners-ankle", true, "RUNNER", "ankle"],
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
    ]);
    expect(read("my ankle and my son's heel hurt, his is swollen and red")).toEqual([
      ["runners-ankle", true, "RUNNER", "ankle"],
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
    ]);
    for (const text of [
      "my ankle and my wife's heel hurt, hers is numb",
      "my ankle and my son's heel hurt, his is swollen and red",
      "my ankle and my husband's heel ache, and his is numb",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });
});

describe("'I am', 'I do', 'mine is' after another person's denied sign", () => {
  it("reports the sign as the runner's", () => {
    expect(read("my wife isn't limping, I am")).toEqual([["limping", true, "RUNNER", undefined]]);
    expect(read("my wife's heel isn't numb but mine is")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    for (const text of ["my wife isn't limping, I am", "my husband doesn't limp but I do"])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    // Not when the runner denies it too, or says something else.
    for (const text of ["my wife isn't limping, I am not", "my wife isn't limping, I am fine"])
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
  });
});

// Stop 39, from heldout27 (in-sample): a person named before an animal in the same clause.
describe("a person and the animal they walk", () => {
  it("reads the sign as the person's (red flags win)", () => {
    const text = "my grandad takes the spaniel out every morning and now his heel is puffy and red";
    expect(about(text)).toBe("SOMEONE_ELSE");
    expect(triageLevel(kb, text)).toBe("URGENT");
  });

  it("still reads nothing of an animal named alone", () => {
    expect(triageLevel(kb, "the spaniel's heel is puffy")).toBe("UNKNOWN");
  });
});
