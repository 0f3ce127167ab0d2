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
