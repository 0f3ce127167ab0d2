import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Reader round 10c (helper-114): lost signs, in sentences of our own.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, site]. */
const read = (text: string) => entityFindings(kb, text, "site");

describe("a limp said beside a part no article covers (the heel article's warning sign)", () => {
  it("is read as said of nothing, and URGENT", () => {
    for (const text of [
      "my elbow hurts and I'm limping",
      "my elbow hurts and im limping a bit",
      "my wrist is sore and I can't walk properly",
      "my back hurts and I'm limping",
      "my lower back is sore and I've been hobbling",
      "my shoulder aches and I keep stumbling",
      "my groin hurts and I'm limping",
      "my big toe hurts and I'm limping",
    ]) {
      expect(read(text), text).toEqual([["limping", true, "RUNNER", undefined]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("is read the same whichever comes first, and denied when denied", () => {
    expect(matchedIds(kb, "I'm limping and my elbow hurts")).toEqual(["+limping"]);
    expect(matchedIds(kb, "my elbow hurts but I'm not limping")).toEqual(["-limping"]);
    expect(triageLevel(kb, "my elbow hurts but I'm not limping")).toBe("UNKNOWN");
    expect(matchedIds(kb, "my elbow hurts and I was limping last year")).toEqual(["-limping"]);
  });

  it("stays another person's, and an animal's limp reads nothing", () => {
    expect(read("my elbow hurts and my wife is limping")).toEqual([
      ["limping", true, "SOMEONE_ELSE", undefined],
    ]);
    expect(matchedIds(kb, "my elbow hurts and my dog is limping")).toEqual([]);
  });

  it("leaves covered sites as they were: the knee and hip beside it, the ankle's own sign", () => {
    expect(matchedIds(kb, "my knee hurts and I'm limping")).toEqual([
      "+knee-pain-after-run",
      "+limping",
    ]);
    expect(matchedIds(kb, "my hip hurts and I can't walk properly")).toEqual([
      "+hip-tension",
      "+limping",
    ]);
    expect(triageLevel(kb, "my hip hurts and I can't walk properly")).toBe("URGENT");
    expect(matchedIds(kb, "my heel hurts and I'm limping")).toEqual([
      "+heel-pain-after-running",
      "+limping",
    ]);
    expect(matchedIds(kb, "my ankle hurts and I'm limping")).toEqual([
      "+ankle-too-painful-to-walk",
      "+limping",
    ]);
    expect(triageLevel(kb, "my ankle hurts and I'm limping")).toBe("SEE_DOCTOR");
  });

  it("reads nothing else at a part no article covers", () => {
    expect(matchedIds(kb, "my elbow is swollen")).toEqual([]);
    expect(triageLevel(kb, "my elbow hurts")).toBe("UNKNOWN");
  });
});

describe("a sign said absent or over after it is named", () => {
  it("is denied when said not there, stopped or over at its clause's end", () => {
    for (const [text, id] of [
      ["my heel hurts, the swelling isn't there", "-heel-redness-warmth-swelling"],
      ["my heel hurts but the swelling isn't there anymore", "-heel-redness-warmth-swelling"],
      ["my heel aches and the swelling's not there", "-heel-redness-warmth-swelling"],
      ["heel hurts, numbness has stopped", "-heel-numbness-tingling"],
      ["my heel hurts, the numbness is over now", "-heel-numbness-tingling"],
      ["my heel hurts, the numbness is gone now", "-heel-numbness-tingling"],
    ] as const) {
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-after-running", id]);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
    expect(matchedIds(kb, "the swelling isn't there")).toEqual(["-swelling"]);
    expect(triageLevel(kb, "the swelling isn't there")).not.toBe("URGENT");
  });

  it("ends only the sign named before it, not one said earlier in the clause", () => {
    expect(read("my heel is numb and the swelling is gone now")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
      ["heel-redness-warmth-swelling", false, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, "my heel is numb and the swelling is gone now")).toBe("URGENT");
    expect(matchedIds(kb, "my heel hurts and the swelling has gone down")).toEqual([
      "+heel-pain-after-running",
      "-heel-redness-warmth-swelling",
    ]);
    expect(matchedIds(kb, "my heel hurts and there is no swelling")).toEqual([
      "+heel-pain-after-running",
      "-heel-redness-warmth-swelling",
    ]);
    // A pointer, or signs listed together, are all over.
    expect(matchedIds(kb, "my heel was numb and swollen and it's gone now")).toEqual([
      "-heel-numbness-tingling",
      "-heel-redness-warmth-swelling",
    ]);
  });

  it("keeps the sign where more follows, or where it is not over", () => {
    for (const text of [
      "the numbness in my heel isn't there all the time",
      "heel swelling isn't bad but it's there",
      "my heel is sore, swelling's gone down? no it hasn't",
      "my heel is swollen, has the swelling gone down? no it hasn't",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(matchedIds(kb, "my heel hurts, isn't there anything I can do")).toEqual([
      "+heel-pain-after-running",
    ]);
    expect(matchedIds(kb, "my heel hurts and has stopped me running")).toEqual([
      "+heel-pain-after-running",
    ]);
  });
});

describe("'n', '&', '+' for 'and', and another person's siteless clause", () => {
  it("reads both clauses whichever joins them", () => {
    for (const and of ["and", "n", "&", "+"]) {
      const text = `my heel hurts ${and} its swollen`;
      expect(matchedIds(kb, text), text).toEqual(["+heel-redness-warmth-swelling"]);
      const elbow = `my elbow hurts ${and} my heel is numb`;
      expect(matchedIds(kb, elbow), elbow).toEqual(["+heel-numbness-tingling"]);
    }
    expect(matchedIds(kb, "my elbow hurts n im limping")).toEqual(["+limping"]);
  });

  it("lends a person's clause naming no site none of the runner's later site", () => {
    for (const text of [
      "my son is swollen and my heel is fine",
      "my son is swollen, my heel is fine",
    ]) {
      expect(read(text), text).toEqual([["swelling", true, "SOMEONE_ELSE", undefined]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    expect(read("my son is swollen and my heel hurts")).toEqual([
      ["swelling", true, "SOMEONE_ELSE", undefined],
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my son's ankle is swollen and my heel is fine")).toEqual([
      ["ankle-swelling", true, "SOMEONE_ELSE", "ankle"],
    ]);
  });
});
