import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { askedAbout } from "../../src/trace/askedAbout.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

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

// Reader round 7 (helper-66): the last stop's open cases, as categories in sentences of our own.
describe("not bearing weight said at a site with no sign of its own for it", () => {
  it("is the whole leg's sign, read without a place, whatever comes before", () => {
    for (const text of [
      "I felt a pop in my achilles and now I can't walk",
      "my knee is killing me and I cannot walk",
      "heard a snap in my calf, can't put weight on it",
      "my shin hurts. I can't walk",
      "my toes are sore and I can't walk",
    ]) {
      expect(read(text), text).toContainEqual(["cannot-bear-weight", true, "RUNNER", undefined]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    // The site's own pain is still read beside it.
    expect(matchedIds(kb, "my achilles aches so much I can't walk")).toEqual([
      "+pain-near-heel-dull-or-sharp",
      "+cannot-bear-weight",
    ]);
  });

  it("gives way to a site's own sign, and is never read of an animal or when denied", () => {
    expect(matchedIds(kb, "my ankle popped and I can't put weight on it")).not.toContain(
      "+cannot-bear-weight",
    );
    expect(matchedIds(kb, "can't walk on my heel")).toEqual(["+sudden-acute-heel-pain"]);
    expect(triageLevel(kb, "my dog hurt his paw and can't walk")).toBe("UNKNOWN");
    expect(matchedIds(kb, "my knee hurts but I can still walk on it")).not.toContain(
      "+cannot-bear-weight",
    );
  });
});

describe("a name asked about as a subject", () => {
  const asked = (text: string) =>
    kb.reader
      .read(text)
      .findings.filter((f) => f.entity !== null)
      .map((f) => [f.entity?.id, askedAbout(f)]);

  it("is marked by the reader (the vocabulary's topics), and the trace reads the mark", () => {
    for (const text of [
      "what causes runner's ankle",
      "no pain at all, just asking how to prevent plantar fasciitis",
      "how to avoid achilles tendinitis",
    ]) {
      expect(asked(text), text).toEqual([[expect.any(String), true]]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    // The runner's own name is reported, whatever is asked of it.
    for (const text of [
      "how do I treat my plantar fasciitis",
      "what helps when you have plantar fasciitis",
      "diagnosed with plantar fasciitis, what should I do",
    ])
      expect(asked(text), text).toEqual([["plantar-fasciitis", false]]);
  });

  it("leaves what the runner reports after the question read", () => {
    const text = "what causes runner's ankle? my ankle hurts after runs";
    expect(asked(text)).toEqual([["runners-ankle", false]]);
    expect(triageLevel(kb, text)).not.toBe("UNKNOWN");
  });
});

describe("what is felt where no article reads it", () => {
  it("keeps the sign when a correction moves its site", () => {
    for (const text of [
      "my heel hurts, it is numb, no wait, my ankle",
      "my left heel aches and feels numb, no wait, it's the ankle",
    ]) {
      const numb = kb.reader.read(text).findings.filter((f) => f.feelings.includes("numbness"));
      expect(
        numb.map((f) => [f.site?.id, f.present, f.entity]),
        text,
      ).toEqual([["ankle", true, null]]);
    }
  });

  it("is unknown when the articles cover nothing of it (numbness only in the heel)", () => {
    for (const text of ["my foot is numb", "ankle feels wobbly", "my ankle is numb"])
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
  });
});

describe("words the reader looks up outside phrases", () => {
  it("are never read as a typo of another word (a brother is someone else)", () => {
    expect(read("my achilles is sore after runs, my brother has plantar fasciitis")).toEqual([
      ["achilles-irritation-after-run", true, "RUNNER", "achilles"],
    ]);
  });

  it("read a checklist's 'no' and a colon as a checklist means them", () => {
    expect(matchedIds(kb, "ankle check: swollen yes, hot no, popping no")).toEqual([
      "+ankle-swelling",
      "-ankle-hot-to-touch",
      "-ankle-popping",
    ]);
    expect(matchedIds(kb, "it's the right one, not the left: achilles sore after runs")).toEqual([
      "+achilles-irritation-after-run",
    ]);
    // A line break ends a clause: "no numbness" never denies the next line's swelling.
    expect(triageLevel(kb, "no numbness\nheel swollen")).toBe("URGENT");
    // "1:30" is a time, not a mark; a "no" inside what is said denies nothing.
    expect(matchedIds(kb, "my heel is sore no matter what, 1:30 pace or slower")).toEqual([
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
