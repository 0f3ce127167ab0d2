import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, triageLevel } from "../helpers/readings.js";

// Session 31 second review findings fixed by mend E. Sentences from the review's reproductions.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, site]. */
const read = (text: string) => entityFindings(kb, text, "site");

describe("G3: the runner's '..., my heel too' echoes only another's present sign", () => {
  it("does not copy a past, used-to or asked sign to the runner", () => {
    for (const text of [
      "my wife's heel was swollen last year, my heel too",
      "my dog's paw used to swell, my heel too",
      "is my wife's leg swollen? my heel too",
    ]) {
      expect(read(text), text).not.toContainEqual([
        "heel-redness-warmth-swelling",
        true,
        "RUNNER",
        "heel",
      ]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("does not read the runner's asked 'too?' as reported, and keeps theirs", () => {
    const text = "my wife's heel is numb. my heel too?";
    expect(read(text)).toContainEqual(["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"]);
    expect(read(text)).not.toContainEqual(["heel-numbness-tingling", true, "RUNNER", "heel"]);
  });

  it("still echoes another's present sign", () => {
    for (const text of [
      "my horse's hoof is swollen, my heel too",
      "my friend's leg is swollen, my heel too",
    ]) {
      expect(read(text), text).toEqual([["heel-redness-warmth-swelling", true, "RUNNER", "heel"]]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });
});

describe("G1: a person after a preposition is spoken of, not spoken to", () => {
  it("gives the sign to the person named after 'for' or 'on'", () => {
    expect(read("heel is swollen for son")).toEqual([
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
    ]);
    const text = "my heel is fine but swollen heel on dad";
    expect(read(text)).toContainEqual([
      "heel-redness-warmth-swelling",
      true,
      "SOMEONE_ELSE",
      "heel",
    ]);
    expect(read(text)).not.toContainEqual(["heel-redness-warmth-swelling", true, "RUNNER", "heel"]);
  });

  it("still reads a form of address as the runner's", () => {
    for (const text of ["heel is numb mate", "heel is swollen pal, any ideas"])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(read("heel is numb mate")).toEqual([["heel-numbness-tingling", true, "RUNNER", "heel"]]);
  });
});

describe("G2: 'and numb hell' after a site named earlier is a new item, the heel's", () => {
  it("reads the heel numbness said after 'and'", () => {
    for (const text of ["my ankle is sore and numb hell", "swollen ankle and numb hell"]) {
      expect(read(text), text).toContainEqual(["heel-numbness-tingling", true, "RUNNER", "heel"]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("keeps the oath right after the site's own feeling", () => {
    const text = "my ankle is swollen hell and red";
    expect(read(text).filter((f) => f[3] === "heel")).toEqual([]);
  });
});

describe("G8: the oath 'hell was that run' opening a sentence is not the heel", () => {
  it("reads no heel from the oath", () => {
    for (const text of [
      "hell was that run. my ankle is sore",
      "hell was that run. now its numb",
      "hell is a long run in the rain, my knee hurts",
      "hell felt like a marathon, ankle sore",
    ])
      expect(
        read(text).filter((f) => f[3] === "heel"),
        text,
      ).toEqual([]);
    expect(triageLevel(kb, "hell was that run. now its numb")).toBe("UNKNOWN");
  });

  it("still reads the heel opening a sentence with a feeling said of it", () => {
    for (const text of ["hell went numb on my run", "hel went numb on my run", "hell is numb"]) {
      expect(read(text), text).toContainEqual(["heel-numbness-tingling", true, "RUNNER", "heel"]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });
});

describe("G6: 'heel cord' with swelling, redness, warmth or numbness reads the heel", () => {
  it("reads the heel's red flag said at the heel cord", () => {
    // The heel cord is its own part near the heel since reader round 11b (tests/understand/onsets.test.ts).
    expect(read("my heel cord is numb")).toContainEqual([
      "heel-numbness-tingling",
      true,
      "RUNNER",
      "heel-cord",
    ]);
    expect(read("heel cord is red and warm")).toContainEqual([
      "heel-redness-warmth-swelling",
      true,
      "RUNNER",
      "heel-cord",
    ]);
    for (const text of ["my heel cord is numb", "heel cord is red and warm"])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });
});
