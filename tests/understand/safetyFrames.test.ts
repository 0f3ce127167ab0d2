import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { askedFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// The fifth held-out set's safety categories, on the real vocabulary: uncovered parts,
// animals, double negatives, signs said to be over, signs only asked about. Sentences
// written for this test, not taken from any set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const matched = (text: string) => matchedIds(kb, text);
const triage = (text: string) => triageLevel(kb, text);

describe("a part or mark no article covers", () => {
  it("reads no cause beside it, so the complaint is UNKNOWN", () => {
    for (const text of [
      "blister on my pinky toe since I switched to road running",
      "my toenails are sore after the hills, upped my mileage too",
    ]) {
      expect(matched(text)).toEqual([]);
      expect(triage(text)).toBe("UNKNOWN");
    }
  });

  it("leaves a cause alone, and a condition named at the toes, as they were", () => {
    expect(matched("I land on my toes when I run")).toEqual(["+aggressive-forefoot-strike"]);
    expect(matched("bunion on my big toe")).toEqual(["+bunions"]);
  });
});

describe("an animal named by kind or breed", () => {
  it("has nothing said of it read, and a pronoun after it is the animal", () => {
    for (const text of ["the retriever's ankle is swollen", "walked the puppy, she is limping"]) {
      expect(matched(text)).toEqual([]);
      expect(triage(text)).toBe("UNKNOWN");
    }
    expect(triage("walked the puppy, heel went numb after")).toBe("URGENT");
  });
});

describe("a double negative", () => {
  it("reports its sign; a bare 'no' before a denial does not", () => {
    expect(matched("it's not that my heel isn't tingling")).toEqual(["+heel-numbness-tingling"]);
    expect(triage("it's not that my heel isn't tingling")).toBe("URGENT");
    expect(matched("no my heel isnt tingling")).toEqual(["-heel-numbness-tingling"]);
  });
});

describe("a sign the next clause says is over", () => {
  it("is denied, but only the signs it names, and never one said to go on", () => {
    expect(triage("I was hobbling on Tuesday, walking fine again now")).not.toBe("URGENT");
    expect(triage("heel was red and puffy, the puffiness has gone down, still red")).toBe("URGENT");
    expect(triage("today I can feel my heel tingling")).toBe("URGENT");
    expect(triage("couldn't put weight on my heel last night, now I can")).not.toBe("URGENT");
  });
});

describe("a sign only asked about", () => {
  it("is denied once said not to have happened, at a sentence's end only", () => {
    expect(matched("what if my heel tingles on a run? hasn't happened yet")).toEqual([
      "-heel-numbness-tingling",
    ]);
    expect(triage("my heel tingles on a run? hasn't happened before")).toBe("URGENT");
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

/** Each present finding with an entity as [id, only asked about]. */
const asked = (text: string) => askedFindings(kb, text);

// Mends from the session's review (helper-88): each the reviewer's inputs, then our own.
describe("a complaint said as a question (review H1)", () => {
  it("keeps a see-a-doctor sign: never hedged, and a clause saying how long is a complaint", () => {
    for (const text of [
      "how come heel pain won't go away, been 6 weeks",
      "why is heel pain not improving after 3 weeks",
      "why has heel pain not gone away after a month",
      "how come my knee pain is not getting better",
      "why does heel pain keep getting worse",
    ])
      expect(triageLevel(kb, text), text).toBe("SEE_DOCTOR");
    expect(asked("why is heel pain not improving after 3 weeks")).toEqual([
      ["heel-pain-after-running", false],
      ["pain-not-improving", false],
    ]);
  });

  it("still only asks about pain said as a subject with no time", () => {
    for (const text of ["why does heel hurt so much after running", "what causes heel pain"])
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
  });
});

describe("'nothing I do helps', 'won't get better' (reviews H2, M4)", () => {
  it("is pain not improving", () => {
    for (const text of [
      "I'm 58, been running since my 20s, and my Achilles has been tender after runs for about a month, nothing I do helps",
      "my heel hurts after running, nothing seems to help",
      "my knee hurts after runs and nothing I try helps",
      "my heel pain won't get better",
      "my achilles pain won't get better, it's been 2 months",
      "my achilles hurts and won't improve",
    ]) {
      expect(matchedIds(kb, text), text).toContain("+pain-not-improving");
      expect(triageLevel(kb, text), text).toBe("SEE_DOCTOR");
    }
  });
});

describe("a sign's end negated, past adverbs (review H3, M10, M4, L6)", () => {
  it("is still there", () => {
    for (const [text, id] of [
      ["the numbness in my heel has never fully gone away", "+heel-numbness-tingling"],
      [
        "my heel is swollen and the swelling has not fully gone down",
        "+heel-redness-warmth-swelling",
      ],
      ["my heel is swollen and it hasn't really gone down", "+heel-redness-warmth-swelling"],
      ["my heel has not stopped hurting", "+heel-pain-after-running"],
      ["my heel pain has not gone away after a month", "+pain-not-improving"],
      ["why has heel pain not gone away after a month", "+pain-not-improving"],
      ["the tingling in my heel hasn't completely gone away yet", "+heel-numbness-tingling"],
      ["my heel is still numb, it has not really gone away", "+heel-numbness-tingling"],
      // Two adverbs joined by "and" (second review L1).
      [
        "the swelling in my heel has not really and truly gone down",
        "+heel-redness-warmth-swelling",
      ],
      ["the numbness in my heel has not completely and fully gone away", "+heel-numbness-tingling"],
    ] as const)
      expect(matchedIds(kb, text), text).toContain(id);
    expect(triageLevel(kb, "the numbness in my heel has never fully gone away")).toBe("URGENT");
  });

  it("is over after an answer word ('nope', 'no'), and over when it never came back", () => {
    for (const text of [
      "my heel numbness, nope all gone",
      "was my heel numb? no gone now",
      "my heel was numb last week, nah all gone",
      "my heel was swollen but it went down and never came back",
      "my heel was swollen, it went down and never came back",
    ]) {
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
      expect(
        matchedIds(kb, text).some((id) => id.startsWith("+")),
        text,
      ).toBe(false);
    }
    // It came back: there.
    expect(triageLevel(kb, "my heel was swollen, it went down but came back")).toBe("URGENT");
  });
});

describe("a tear feared beside the runner's own Achilles (second review H1)", () => {
  it("keeps the see-a-doctor answer: the runner's pain and their fear of a rupture both count", () => {
    // Reading such a question as only asked about had dropped the runner's own pain with it,
    // and these came back as "we could not place this".
    for (const text of [
      "my achilles hurts, could it be a rupture?",
      "could it be a rupture? my achilles hurts",
      "my achilles hurts, maybe a rupture",
      "is it an achilles rupture? my achilles hurts",
      "is it an achilles rupture? my heel hurts",
      "could it be a rupture? my achilles is swollen",
      "heard a pop in my achilles, could it be a rupture?",
      "felt a snap at the back of my heel, possibly an achilles rupture",
      "maybe an achilles rupture, heard a snap",
    ])
      expect(triageLevel(kb, text), text).toBe("SEE_DOCTOR");
  });
});
