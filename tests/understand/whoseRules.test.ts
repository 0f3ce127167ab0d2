import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Whose body, reader round 5: sentences written for this test, not taken from any set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, side]. */
const read = (text: string) => entityFindings(kb, text, "side");

describe("the runner's site listed beside another person's before what is felt", () => {
  it("is the runner's, and the other person's site is theirs", () => {
    expect(read("my heel and my sister's ankle went numb")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", null],
    ]);
    const reading = kb.reader.read("my left heel and my coach's knee are swollen");
    expect(reading.about).toBe("RUNNER");
    expect(reading.findings.filter((f) => f.entity).map((f) => [f.site?.id, f.whose])).toEqual([
      ["heel", "RUNNER"],
    ]);
  });
});

describe("the runner having it too", () => {
  it("does not take the other person's side", () => {
    expect(read("my brother's right heel is numb, me too")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", null],
    ]);
  });

  it("makes what an animal has the runner's", () => {
    expect(matchedIds(kb, "the puppy is limping, me too")).toEqual(["+limping"]);
    expect(triageLevel(kb, "the puppy is limping, me too")).toBe("URGENT");
  });
});

describe("animals counted after they are named", () => {
  it("are the ones a number word or 'both' speaks of", () => {
    for (const text of ["walked the beagles, one is limping", "took the pups out. both limp"]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    // The runner's own site after them is the runner's.
    expect(matchedIds(kb, "walked the beagles, one hour in my heel went numb")).toEqual([
      "+heel-numbness-tingling",
    ]);
  });
});

describe("the runner saying they do not have it", () => {
  it("denies at the other person's site what they have", () => {
    for (const text of [
      "my son's heel aches, mine doesn't",
      "my son's heel aches but not mine",
      "my son's heel aches and i don't",
    ])
      expect(read(text), text).toEqual([["heel-pain-after-running", false, "RUNNER", null]]);
  });

  it("leaves another person's warning sign standing", () => {
    expect(read("my son's heel is swollen, mine isn't")).toEqual([
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", null],
    ]);
    // A first-person word before a negation that goes on is no such denial.
    expect(kb.reader.read("my son's heel aches, i don't know why").about).toBe("SOMEONE_ELSE");
  });
});

describe("what is left once a sign is said over", () => {
  it("ends the past clause's other signs ('just', 'only'); 'still' keeps what it names", () => {
    expect(
      matchedIds(kb, "my heel was hot and red, the redness faded away, just sore now"),
    ).toEqual(["-heel-redness-warmth-swelling", "+heel-pain-after-running"]);
    expect(
      matchedIds(kb, "my heel was hot and red, the redness faded away, still hot though"),
    ).toEqual(["+heel-redness-warmth-swelling"]);
    // What is left keeps its sign: the numbness is not over.
    expect(
      matchedIds(kb, "heel was numb and puffy, the puffiness has gone down, just numb"),
    ).toEqual(["+heel-numbness-tingling", "-heel-redness-warmth-swelling"]);
  });

  it("reads 'the back of' a site as a part, not as a sign come back", () => {
    expect(
      matchedIds(kb, "the back of my heel was red and puffy, it went down, only sore now"),
    ).toContain("-heel-redness-warmth-swelling");
  });
});

describe("a sign said in the past and denied in the next clause", () => {
  it("is over, unless the denial is at another site", () => {
    expect(matchedIds(kb, "i was hobbling on saturday, but no limping since sunday")).toEqual([
      "-limping",
    ]);
    expect(matchedIds(kb, "my heel was puffy, no swelling at the ankle")).toEqual([
      "+heel-redness-warmth-swelling",
      "-ankle-swelling",
    ]);
  });
});

describe("'after' ending what is said", () => {
  it("is after a run, only where nothing follows it", () => {
    expect(matchedIds(kb, "the achilles is grumpy after")).toEqual([
      "+achilles-irritation-after-run",
    ]);
    expect(matchedIds(kb, "the achilles is grumpy after. Heel is fine")).toContain(
      "+achilles-irritation-after-run",
    );
    expect(matchedIds(kb, "achilles is sore after a fall")).not.toContain(
      "+achilles-irritation-after-run",
    );
  });
});

describe("a condition named outright", () => {
  it("places what follows where its symptoms are felt, unless only asked about", () => {
    expect(matchedIds(kb, "plantar fasciitis again, worst first thing in the morning")).toEqual([
      "+plantar-fasciitis",
      "+heel-pain-worst-in-morning",
    ]);
    expect(matchedIds(kb, "is it plantar fasciitis? worst first thing in the morning")).toEqual([
      "+plantar-fasciitis",
    ]);
  });
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
        ["sudden-acute-heel-pain", "RUNNER", "heel"],
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
        ["sudden-acute-heel-pain", "RUNNER", "heel"],
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
      ["sudden-acute-heel-pain", "RUNNER", "heel"],
    ]);
  });
});
