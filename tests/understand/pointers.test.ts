import { describe, expect, it } from "vitest";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// What 'it' points at: the site named last, another person's or an animal's,
// and a part of it ('the back of it').
// Moved here from the test files of reader round 6 and the mends after rounds 6 and 7 (named after
// the round or mend that wrote them). Sentences written for these tests or taken from the reviews'
// reproductions, not from any held-out set.

describe("'it' after the runner's site and another person's", () => {
  it("points at whoever's site was named last", () => {
    expect(read("my ankle and my wife's heel hurt, it is numb")).toEqual([
      ["runners-ankle", true, "RUNNER", "ankle"],
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
    ]);
    expect(triageLevel(kb, "my knee and my son's heel ache, it's swollen")).toBe("URGENT");
    // The runner's named last: "it" is the runner's ankle, no heel sign is read.
    expect(read("my wife's heel and my ankle hurt, it is swollen")).toEqual([
      ["ankle-swelling", true, "RUNNER", "ankle"],
    ]);
  });
});

// Mends after round 7's review (helper-74): whose body a pointer clause is about.
describe("a part of what 'it' points at ('the back of it')", () => {
  it("is an animal's, read as no one's finding, after the animal's site", () => {
    for (const text of [
      "my dog's heel hurts, the back of it is swollen",
      "my cat's heel is sore, the back of it is red",
      "my horse's heel is sore. the back of it is swollen",
    ]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    const text = "my heel is fine but my dog's heel hurts, the back of it is swollen";
    expect(matchedIds(kb, text), text).toEqual([]);
    expect(triageLevel(kb, text), text).not.toBe("URGENT");
  });

  it("is another person's, at the part of their site", () => {
    const theirs = [["back-of-heel-pain-swelling", true, "SOMEONE_ELSE", "back-of-heel"]];
    for (const text of [
      "my wife's heel hurts, the back of it is swollen",
      "my buddy's heel hurts. the back of it is swollen",
    ]) {
      expect(kb.reader.read(text).about, text).toBe("SOMEONE_ELSE");
      expect(entityFindings(kb, text, "site"), text).toEqual(theirs);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    for (const text of [
      "my ankle hurts. my wife's heel hurts too, the back of it is swollen",
      "my ankle and my wife's heel hurt, the back of it is swollen",
    ]) {
      expect(entityFindings(kb, text, "site"), text).toEqual([
        ["runners-ankle", true, "RUNNER", "ankle"],
        ...theirs,
      ]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    expect(triageLevel(kb, "my ankle hurts and my wife's heel, it is swollen")).toBe("URGENT");
  });

  it("stays theirs when the runner's own site follows ('... and my heel is numb')", () => {
    for (const text of [
      "my dog's heel is sore, the back of it is swollen and my heel is numb",
      "my dog's heel is sore, it is swollen and my heel is numb",
    ])
      expect(entityFindings(kb, text, "site"), text).toEqual([
        ["heel-numbness-tingling", true, "RUNNER", "heel"],
      ]);
    expect(
      entityFindings(kb, "my wife's heel is sore, it is swollen and my ankle hurts", "site"),
    ).toEqual([
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
  });

  it("stays the runner's after the runner's own site", () => {
    for (const text of [
      "my heel hurts, the back of it is swollen",
      "my dog's heel hurts, the back of my heel is swollen",
    ]) {
      expect(entityFindings(kb, text, "site"), text).toEqual([
        ["back-of-heel-pain-swelling", true, "RUNNER", "back-of-heel"],
      ]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    expect(entityFindings(kb, "my heel is sore, the back of it is red", "site")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "back-of-heel"],
    ]);
  });
});

describe("a site only set aside (stop 38)", () => {
  it("is not the site an 'it' in the next sentence speaks of", () => {
    const ids = matchedIds(kb, "my knee is the problem, not my ankle. it gives way on descents");
    expect(ids).toContain("+knee-less-stable");
    expect(ids).not.toContain("+ankle-weight-bearing");
    // Set aside with a feeling of its own, it is still spoken of next.
    expect(matchedIds(kb, "my heel isn't swollen. it aches though")).toContain(
      "+heel-pain-after-running",
    );
  });

  it("still carries a site said with a timing only, denied, to the next 'it'", () => {
    expect(
      matchedIds(kb, "my ankle used to only hurt after runs, now it aches all the time"),
    ).toContain("+constant-ankle-ache");
  });
});
