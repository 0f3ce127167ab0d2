import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Whose body once another person or animal is named (moved from whoseRules.test.ts): the
// mends of the session's review (helper-88) and later ones. Sentences written for this
// test, not taken from any set.
// Also moved here: tests from the test files of the mends after rounds 6 and 7 (named after the
// round or mend that wrote them).
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

// Mends from the session's review (helper-88).
/** Each finding with an entity as [id, present, whose, site]. */
const placed = (text: string) => entityFindings(kb, text, "site");

describe("whose body after another person or animal (review H4, M5)", () => {
  it("keeps the runner the body when the other did something to 'me'", () => {
    for (const text of [
      "my dog pulled me over, I think it is swollen",
      "my dog bit me, I think it's swollen",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    // Their body part named: "it" is theirs.
    expect(triageLevel(kb, "my dog's heel hurts, I think it is swollen")).toBe("UNKNOWN");
  });

  it("never places another person's sign at the runner's site", () => {
    for (const text of [
      "my friend can barely walk, my heel hurts",
      "my friend can't walk, my heel hurts",
      "my heel hurts, my friend can't walk",
    ])
      expect(placed(text), text).toEqual(
        expect.arrayContaining([["heel-pain-after-running", true, "RUNNER", "heel"]]),
      );
    for (const text of [
      "my friend can barely walk, my heel hurts",
      "my heel hurts, my friend can't walk",
    ])
      expect(
        placed(text)
          .filter(([, , whose]) => whose === "SOMEONE_ELSE")
          .map(([, , , site]) => site),
        text,
      ).toEqual([undefined]);
  });
});

describe("another person's possessive standing for their body part (second review M1)", () => {
  it("makes the clause theirs: their numbness never becomes the runner's", () => {
    for (const text of [
      "my ankle hurts and my friend's is numb",
      "my ankle hurts, my wife's is numb",
    ]) {
      const t = kb.tracer.trace([text]);
      expect(t.triage.level, text).toBe("SELF_CARE");
      expect(
        t.unplaced.filter((u) => u.whose === "RUNNER"),
        text,
      ).toEqual([]);
    }
    // The runner's own, with a friend's beside it, stays the runner's.
    const own = kb.tracer.trace(["my ankle hurts and is numb and my friend's too"]);
    expect(own.unplaced).toMatchObject([{ whose: "RUNNER", feelings: ["numbness"] }]);
  });
});

describe("the runner's own sign after another person's (review s30 H4, reader side)", () => {
  /** Present findings as [id, whose, site]. */
  const present = (text: string) =>
    placed(text)
      .filter(([, on]) => on === true)
      .map(([id, , whose, site]) => [id, whose, site]);

  it("reads the runner's part as the runner's: URGENT for them", () => {
    const cases: [string, (string | undefined)[]][] = [
      ["my friend's heel is numb and so is my heel", ["heel-numbness-tingling", "RUNNER", "heel"]],
      [
        "my brother's heel went numb and then mine did too",
        ["heel-numbness-tingling", "RUNNER", "heel"],
      ],
      [
        "my mum's heel went numb last year and now mine is numb",
        ["heel-numbness-tingling", "RUNNER", "heel"],
      ],
      [
        "my friend is limping and I can't put weight on my heel",
        ["heel-pain-after-running", "RUNNER", "heel"],
      ],
      [
        "my friend's ankle is swollen and I can't walk on mine",
        ["ankle-weight-bearing", "RUNNER", "ankle"],
      ],
      [
        "my running buddy can't put weight on his foot, I can't either",
        ["cannot-bear-weight", "RUNNER", "foot"],
      ],
      // Fresh phrasings of the same kinds.
      [
        "my wife's heel is numb and so is my left heel",
        ["heel-numbness-tingling", "RUNNER", "heel"],
      ],
      [
        "my sister's heel went numb, and now mine did too",
        ["heel-numbness-tingling", "RUNNER", "heel"],
      ],
      ["my dad's heel tingles and mine is tingly", ["heel-numbness-tingling", "RUNNER", "heel"]],
      ["his heel went numb and then mine went numb", ["heel-numbness-tingling", "RUNNER", "heel"]],
      [
        "my coach is limping and I can't put weight on my foot",
        ["cannot-bear-weight", "RUNNER", "foot"],
      ],
      ["my partner is hobbling and I am limping", ["limping", "RUNNER", undefined]],
      [
        "my son can't put weight on his foot and I can't either",
        ["cannot-bear-weight", "RUNNER", "foot"],
      ],
      [
        "my cousin's heel went numb, then mine did too",
        ["heel-numbness-tingling", "RUNNER", "heel"],
      ],
      ["my teammate's heel is numb and so is mine", ["heel-numbness-tingling", "RUNNER", "heel"]],
      [
        "my girlfriend's ankle is swollen and I can't put weight on mine",
        ["ankle-weight-bearing", "RUNNER", "ankle"],
      ],
      // After an animal's clause too (it was UNKNOWN: the runner's swelling lost).
      [
        "my dog's paw is swollen and so is my heel",
        ["heel-redness-warmth-swelling", "RUNNER", "heel"],
      ],
      [
        "my dog is limping and I can't put weight on my heel",
        ["heel-pain-after-running", "RUNNER", "heel"],
      ],
    ];
    for (const [text, own] of cases) {
      expect(present(text), text).toContainEqual(own);
      expect(triageLevel(kb, text), text).toBe(
        own[0] === "ankle-weight-bearing" ? "SEE_DOCTOR" : "URGENT",
      );
    }
  });

  it("keeps the other person's sign theirs, its words never running into the runner's", () => {
    expect(present("my friend is limping and I can't put weight on my heel")).toContainEqual([
      "limping",
      "SOMEONE_ELSE",
      undefined,
    ]);
    const words = kb.reader
      .read("my friend is limping and I can't put weight on my heel")
      .findings.filter((f) => f.whose === "SOMEONE_ELSE")
      .map((f) => f.text);
    expect(words).toEqual(["limping"]);
  });

  it("leaves another's only when the runner has none of it", () => {
    for (const text of [
      "my friend's heel is numb, mine is fine",
      "my friend's heel is numb, not mine",
      "my friend's heel is numb, I think",
      // A "too" or "either" that is no bare echo (second s30 review F1).
      "my friend's heel is numb and mine isn't either",
      "my friend's heel is numb and I'm glad mine isn't too",
      "my friend's heel is numb and I don't think mine is either",
      "my friend's heel is swollen and I'm worried too",
      "my friend's heel is swollen and I'm not too worried",
      "my friend's heel is swollen and I told her to ice it too",
      "my friend's heel is numb and I run too",
      "my friend's heel is numb and I can't help either",
      "my dog is limping and I'm worried too",
      "my cat is limping and I walk her too",
    ])
      expect(
        present(text).filter(([, whose]) => whose === "RUNNER"),
        text,
      ).toEqual([]);
    expect(present("my dog's paw is swollen and so is my cat's")).toEqual([]);
    // The runner's own site said after "I" is where their sign is, never the other's site.
    expect(present("my friend's ankle hurts and I can't put weight on my heel")).toEqual([
      ["cannot-bear-weight", "RUNNER", undefined],
      ["heel-pain-after-running", "RUNNER", "heel"],
    ]);
  });
});

describe("a pronoun clause right after an animal's", () => {
  it("is the animal's", () => {
    for (const text of [
      "my dog's leg hurts and he can't walk",
      "my dog's leg hurts, he can't walk",
      "my cat's leg is sore and she can't walk",
      "my dog hurt his leg and he can't walk",
    ]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("leaves a person's and the runner's as they were", () => {
    expect(entityFindings(kb, "my wife's leg hurts and she can't walk", "site")).toEqual([
      ["cannot-bear-weight", true, "SOMEONE_ELSE", undefined],
    ]);
    expect(entityFindings(kb, "my dog's leg hurts and I can't walk", "site")).toEqual([
      ["cannot-bear-weight", true, "RUNNER", undefined],
    ]);
  });
});
