import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Reader mends after round 6's review (helper-63): each finding as a category, with the
// reviewer's inputs and sentences of our own.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, side]. */
const sided = (text: string) => entityFindings(kb, text, "side");

describe("a site put right by a correction", () => {
  it("is taken back only from the clause naming it, not from a sign of another site", () => {
    for (const text of [
      "my left heel is numb and my right ankle hurts, no wait, my right knee",
      "my heel is swollen, my ankle hurts, no wait, my knee",
      "my heel is numb and my ankle aches, no wait, my knee aches",
      "heel numb, ankle sore, no wait, knee sore",
      "my heel is numb, my ankle throbs in the morning, no wait, my knee",
      "my heel is red and hot, my ankle is sore, I mean my knee",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(sided("my left heel is numb and my right ankle hurts, no wait, my right knee")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "LEFT"],
      ["knee-pain-after-run", true, "RUNNER", "RIGHT"],
    ]);
  });

  it("still takes it back from the site-less clauses leaning on it", () => {
    expect(matchedIds(kb, "my heel hurts in the morning, no wait, it's my left ankle")).toEqual([
      "+runners-ankle",
    ]);
    expect(matchedIds(kb, "my heel hurts, it is numb, no wait, my ankle")).toEqual([
      "+runners-ankle",
    ]);
    expect(sided("my left heel hurts, no wait, right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "RIGHT"],
    ]);
  });
});

describe("a denial's list of things going on past a state word", () => {
  it("denies the state word when or/nor, another feeling or 'nothing like that' follows", () => {
    for (const text of [
      "no heel pain, swollen, numb, nothing like that, just stiff",
      "my heel aches, no swelling, numb or tingly bits",
      "my heel is sore but no swollen, numb or tingly feelings",
      "without swelling, numb or tingly feelings in my heel",
      "no pain, numb nor tingly in my heel",
      "heel not sore, no redness, numb or tingling",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    expect(matchedIds(kb, "my heel aches, no swelling, numb or tingly bits")).toEqual([
      "+heel-pain-after-running",
      "-heel-redness-warmth-swelling",
      "-heel-numbness-tingling",
    ]);
  });

  it("still reports a state word that ends the list", () => {
    for (const text of [
      "no heel pain, numb",
      "no heel pain, swollen, numb",
      "without pain in my heel, swollen",
      "no heel pain, numb and tingly",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(matchedIds(kb, "no heel pain, numb")).toEqual([
      "-heel-pain-after-running",
      "+heel-numbness-tingling",
    ]);
  });
});

describe("pain while running that rest eases", () => {
  it("is the stress fracture's pain worse while running and better with rest", () => {
    for (const text of [
      "heel hurts when I run, better with rest",
      "heel hurts while running and gets better with rest",
      "my heel hurts during runs, rest helps",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-worse-when-running"]);
      expect(triageLevel(kb, text), text).toBe("SEE_DOCTOR");
    }
  });

  it("is not said by pain after running that rest eases, nor by either alone", () => {
    for (const text of [
      "heel hurts after runs and gets better with rest",
      "heel pain after running that settles with rest",
      "heel hurts when I run",
      "heel is sore, better with rest",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-after-running"]);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });
});

describe("a mileage cut", () => {
  it("is no mileage jump, said in its clause or the one before the figure", () => {
    for (const text of [
      "I cut my mileage, it was 30%",
      "dropped my weekly mileage, it was 40 percent",
      "my mileage went down, it was 30%",
      "I cut my mileage by 30%",
      "mileage down 30% this month",
      "I reduced my mileage from 40 to 20, heel still hurts",
      "ran 30% less mileage this month",
    ])
      expect(matchedIds(kb, text), text).not.toContain("+mileage-jump");
  });

  it("leaves a rise read, with a word of rise or without", () => {
    for (const text of [
      "I upped my mileage by 30%",
      "I upped my mileage, it was 30%",
      "mileage went from 20 to 40",
      "weekly mileage 40% higher than last month",
    ])
      expect(matchedIds(kb, text), text).toContain("+mileage-jump");
  });
});

// Review of the reader at 1d40dd9 (H2-H4): questions and "fine today" had denied warning signs.
describe("an answer after a question whether a sign went away", () => {
  it("keeps the sign: the question says it is there", () => {
    for (const text of [
      "has the numbness in my heel gone? it hasn't",
      "has the tingling in my heel stopped? it has not",
      "has the numbness in my heel eased? not yet",
      "has the swelling in my heel settled? it hasn't",
      "did the limp go? it hasn't",
      "is the swelling at the back of my heel better? not yet",
      "is the tingling in my heel gone? it never has",
      "has the redness on my heel gone down? not yet",
      "has my heel stopped tingling? it hasn't",
      "did the swelling in my heel go away? it has not",
      "is the tingling in my heel getting worse? not yet",
      "has the swelling in my heel stopped? no",
      "numbness in heel gone? nope",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(matchedIds(kb, "has the numbness in my heel gone? it hasn't")).toEqual([
      "+heel-numbness-tingling",
    ]);
  });

  it("still denies a sign only asked about coming, or said not to have happened", () => {
    for (const text of [
      "what if my heel went numb? it hasn't happened",
      "did my heel go numb? it hasn't",
      "has my heel gone numb? not yet",
      "is my heel swollen? no",
      "does numbness in the heel go away? just curious, it hasn't happened to me",
      "does heel numbness go away on its own? hasn't happened yet",
      "did my heel swell? it hasn't",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
  });
});

describe("'fine today' after a sign", () => {
  it("ends no sign said as now, beside 'otherwise', or in a question", () => {
    for (const text of [
      "my heel is red and swollen. other than that I'm fine today",
      "my heel is red and swollen, I'm fine today otherwise",
      "my heel is numb but otherwise fine today",
      "my heel is numb. ok today to run?",
      "I can't walk on my heel, ok today?",
      "heel tingling all week, ok today",
      "my heel is numb, otherwise fine now",
      "my heel is swollen, everything else is fine now",
      "my heel is numb. is it ok today to run?",
      "my heel was numb yesterday but otherwise fine today",
      "my heel is numb, other than that, fine today",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });

  it("ends a sign said with a past verb or time", () => {
    for (const text of [
      "my heel was numb yesterday, fine today",
      "my heel was swollen last week, fine today",
      "heel went numb two days ago, ok today",
      "my heel was red and swollen yesterday, today fine",
      "my heel was numb. ok today",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    expect(matchedIds(kb, "my heel was numb yesterday, fine today")).toEqual([
      "-heel-numbness-tingling",
    ]);
  });
});

describe("a going-away word in a question", () => {
  it("ends no sign, and 'went away, came back' is back", () => {
    for (const text of [
      "my heel is numb, has the numbness gone away?",
      "has the swelling in my heel gone down?",
      "my heel is swollen. has the swelling gone down? it has not",
      "my heel went numb, went away, came back on my run",
      "my heel swelling went away, came back after my run",
      "heel was numb, fine now?",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });

  it("still ends a sign said gone", () => {
    for (const text of [
      "the numbness in my heel has gone",
      "my heel was numb, the numbness has gone",
      "the swelling in my heel has gone down",
      "my heel was swollen, now gone away",
      "my heel was numb but it's gone now",
      "my heel was numb but it's gone now, otherwise I'm fine",
      "my heel was swollen last month but it's gone now, could it be plantar fasciitis?",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    expect(matchedIds(kb, "the numbness in my heel has gone")).toEqual(["-heel-numbness-tingling"]);
  });
});
