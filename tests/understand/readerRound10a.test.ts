import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, triageLevel } from "../helpers/readings.js";

// Reader round 10a: whose sign, and denials. Sentences written for this test, not taken
// from any held-out set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, site]. */
const read = (text: string) => entityFindings(kb, text, "site");

/** Whose body the reading answers about. */
const about = (text: string) => kb.reader.read(text).about;

describe("a body part that is no site, after another's possessive", () => {
  it("makes the clause theirs: their swelling is not the runner's heel's", () => {
    for (const text of [
      "my friend's leg is swollen and my heel hurts",
      "my friend's leg's all swollen, my heel is sore",
      "my sister's legs are swollen but my heel hurts after runs",
      "my horse's hoof is swollen and my heel hurts",
      "my dog's tail is swollen and my heel hurts",
      "my friend's left leg is swollen and my heel hurts",
    ]) {
      expect(read(text), text).toEqual([["heel-pain-after-running", true, "RUNNER", "heel"]]);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });

  it("reads no sign said without a place there, theirs", () => {
    // A part no covered site names says where the swelling is, as an elbow or a calf does.
    for (const text of [
      "my friend's leg is swollen",
      "my heel hurts and my friend's elbow is swollen",
      "my friend's elbow is swollen",
    ])
      expect(
        read(text).filter(([id]) => id === "swelling"),
        text,
      ).toEqual([]);
    expect(triageLevel(kb, "my friend's leg is swollen")).toBe("UNKNOWN");
    expect(triageLevel(kb, "my heel hurts and my friend's elbow is swollen")).toBe("SELF_CARE");
  });

  it("keeps their warning signs that need no place, and the runner's own", () => {
    expect(read("my friend is limping on his left leg and my heel hurts")).toEqual([
      ["limping", true, "SOMEONE_ELSE", undefined],
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my friend's leg is swollen and he can't put weight on it, my heel hurts")).toEqual(
      [
        ["cannot-bear-weight", true, "SOMEONE_ELSE", undefined],
        ["heel-pain-after-running", true, "RUNNER", "heel"],
      ],
    );
    expect(read("favouring my left leg, heel is killing me")).toEqual([
      ["limping", true, "RUNNER", undefined],
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    // The runner's heel swollen too is the runner's, whatever their leg is.
    for (const text of [
      "my friend's leg is swollen and my heel is swollen too",
      "my friend's leg is swollen and so is my heel",
    ]) {
      expect(read(text), text).toEqual([["heel-redness-warmth-swelling", true, "RUNNER", "heel"]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("leaves the site words as they were", () => {
    expect(read("my friend's heel is swollen and my ankle hurts")).toEqual([
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
    expect(read("swollen heel, right leg")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
  });
});

describe("an answer 'no' and then what is still there", () => {
  it("reports the sign said after it", () => {
    for (const text of [
      "no the swelling is still there",
      "is the swelling down? no the swelling is still there",
      "no its still swollen",
      "no that swelling is still there",
      "nope the swelling hasn't gone down",
    ]) {
      expect(read(text), text).toEqual([["swelling", true, "RUNNER", undefined]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    for (const text of [
      "nope the tingling in my heel hasn't gone",
      "has the numbness gone? nope the numbness in my heel is still there",
      "no the numbness in my heel is still there",
    ])
      expect(read(text), text).toEqual([["heel-numbness-tingling", true, "RUNNER", "heel"]]);
  });

  it("still denies what 'no' is said of", () => {
    for (const text of ["no swelling", "swollen? no", "no its not swollen"])
      expect(read(text), text).toEqual([["swelling", false, "RUNNER", undefined]]);
    expect(read("no numbness in my heel")).toEqual([
      ["heel-numbness-tingling", false, "RUNNER", "heel"],
    ]);
    expect(read("no heel swelling")).toEqual([
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
    ]);
  });
});

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

describe("the runner's part after an aside", () => {
  it("is the runner's, at the other's site", () => {
    for (const text of [
      "my wife's heel is numb and I think mine hurts",
      "my wife's heel is numb and i reckon mine hurts too",
      "my wife's heel is numb i think mine hurts",
      "my husband's heel is numb and im pretty sure mine aches",
    ]) {
      expect(read(text), text).toEqual([
        ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
        ["heel-pain-after-running", true, "RUNNER", "heel"],
      ]);
      expect(about(text), text).toBe("RUNNER");
    }
    expect(read("my wife's heel is numb i guess my ankle hurts")).toEqual([
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
  });

  it("takes no site of theirs for a sign not about a site", () => {
    for (const text of [
      "my friend's heel is bruised and I am limping",
      "my friend's heel is bruised and I think I am limping",
    ])
      expect(read(text), text).toEqual([
        ["sudden-acute-heel-pain", true, "SOMEONE_ELSE", "heel"],
        ["limping", true, "RUNNER", undefined],
      ]);
  });

  it("leaves an aside saying nothing theirs", () => {
    for (const text of [
      "my wife's heel is numb, I think",
      "my wife's heel is numb and I think",
      "my wife's heel is numb and I think mine is fine",
    ]) {
      expect(read(text), text).toEqual([["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"]]);
      expect(about(text), text).toBe("SOMEONE_ELSE");
    }
  });
});

describe("two bodies run on in one clause", () => {
  it("gives each body only what is said in its own stretch", () => {
    expect(read("my wife's ankle is swollen my heel hurts")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my heel hurts my wife's ankle is swollen")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my wife's heel is numb my ankle hurts")).toEqual([
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
    expect(read("my heel is numb my wife's ankle hurts")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, "my wife's ankle is swollen my heel hurts")).toBe("SELF_CARE");
  });

  it("still shares what is felt after sites listed before it", () => {
    expect(read("my heel and my wife's ankle are numb")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(read("my ankle and my wife's heel hurt, it is numb")).toEqual([
      ["runners-ankle", true, "RUNNER", "ankle"],
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
    ]);
  });
});

describe("a checklist's label answered by a bare negation", () => {
  it("denies what the label names, and only that", () => {
    expect(read("swelling: none, numbness: yes")).toEqual([
      ["swelling", false, "RUNNER", undefined],
    ]);
    expect(read("heel sore after runs\nswelling: none\nnumbness: nope")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
      ["heel-numbness-tingling", false, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, "heel sore after runs\nswelling: none\nnumbness: nope")).not.toBe(
      "URGENT",
    );
  });

  it("lets a bare answer to a question deny nothing after it", () => {
    expect(read("numbness? nope, swelling? a bit")).toEqual([
      ["swelling", true, "RUNNER", undefined],
    ]);
    expect(triageLevel(kb, "numbness? nope, swelling? a bit")).toBe("URGENT");
    expect(read("any swelling? none")).toEqual([["swelling", false, "RUNNER", undefined]]);
    expect(read("is it swollen? no my heel is numb")).toEqual([
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    // A label said with what is felt is no question: "heel: not swollen" denies as said.
    expect(read("heel: swollen")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
  });
});

describe("everyday words for other people, and asides", () => {
  it("make another person's body theirs ('mate', 'hubby', 'gf', 'missus')", () => {
    expect(read("my mate's ankle is swollen and my heel hurts")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    for (const text of [
      "my hubby's heel is numb and my ankle hurts",
      "my gf's heel is numb and my ankle hurts",
    ])
      expect(read(text), text).toEqual([
        ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
        ["runners-ankle", true, "RUNNER", "ankle"],
      ]);
    // Said to someone, the runner's own site keeps the clause the runner's.
    expect(read("cheers mate, my heel is numb")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
  });

  it("reads 'tbh', 'honestly' as asides before the runner's part", () => {
    for (const text of [
      "my wife's heel is numb and tbh mine hurts",
      "my wife's heel is numb and honestly mine hurts",
    ])
      expect(read(text), text).toEqual([
        ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
        ["heel-pain-after-running", true, "RUNNER", "heel"],
      ]);
  });
});
