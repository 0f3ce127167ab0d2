import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, triageLevel } from "../helpers/readings.js";

// The reviewer's reading findings after round 5 (helper-52): their sentences, not a set's.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, site]. */
const read = (text: string) => entityFindings(kb, text, "site");

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

describe("a bare 'no' starting a list", () => {
  it("denies every item of a comma list, closed by 'or' or not (no red flag from a denial)", () => {
    for (const text of [
      "no swelling, redness, numbness in my heel",
      "no numbness, tingling, swelling",
      "no numbness, tingling or swelling",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
  });
});

describe("everyday words for warning signs", () => {
  it("reads 'too painful to walk on' and 'can't walk'", () => {
    expect(read("my ankle is too painful to walk on")).toContainEqual([
      "ankle-too-painful-to-walk",
      true,
      "RUNNER",
      "ankle",
    ]);
    for (const text of ["I sprained my ankle and I can't walk", "twisted my ankle, can't walk"]) {
      expect(read(text), text).toContainEqual(["ankle-weight-bearing", true, "RUNNER", "ankle"]);
      expect(triageLevel(kb, text), text).toBe("SEE_DOCTOR");
    }
    expect(triageLevel(kb, "my heel hurts and I can't walk")).toBe("URGENT");
  });
});

describe("a mileage rise within the rule", () => {
  it("denies no jump when negated or followed by another number", () => {
    for (const text of [
      "I didn't increase by only 5%, it was 30%",
      "mileage went from 40 to 42 and then to 60",
    ])
      expect(read(text), text).not.toContainEqual(["mileage-jump", false, "RUNNER", undefined]);
    expect(read("upped my mileage by 5%")).toEqual([["mileage-jump", false, "RUNNER", undefined]]);
  });
});
