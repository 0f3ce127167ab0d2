import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Session 31 mend A: the review's findings F1, F3, F4 and F6, in its reproducing sentences.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, site]. */
const read = (text: string) => entityFindings(kb, text, "site");

/** Whether any reading of `text` is an Achilles finding (its id names the Achilles or the pain near the heel). */
const achillesIds = (text: string) =>
  matchedIds(kb, text).filter((id) => id.includes("achilles") || id.includes("pain-near-heel"));

describe("F1: the tendon named at the heel keeps the heel's red flags", () => {
  it("reads swelling, redness, warmth, numbness and sudden bruised pain there as URGENT", () => {
    for (const text of [
      "the tendon behind my heel is swollen",
      "tendon at back of heel swollen",
      "heel tendon swollen",
      "my heel tendon is red and hot",
      "the cord at the back of my heel is swollen and red",
      "the tendon at the back of my heel is numb",
      "cord at the back of my heel tingles",
      "heel tendon is bruised and the pain came on suddenly",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });

  it("reads no Achilles finding for a tendon at the back of the knee, leg, thigh, hand or shoulder", () => {
    for (const text of [
      "tendon at the back of my knee is sore",
      "the tendon at the back of my leg behind my knee hurts",
      "the tendon at the back of my thigh is tight",
      "tendon at back of leg near hamstring hurts after runs",
      "the tendon at the back of my hand hurts",
      "tendon at the back of my shoulder is sore",
    ])
      expect(achillesIds(text), text).toEqual([]);
    expect(triageLevel(kb, "the tendon at the back of my hand hurts")).toBe("UNKNOWN");
  });
});

describe("F3: a pain said to hit or strike is sudden only when it came on at once", () => {
  it("reads no sudden onset for a gradual, recurring or after-run pain", () => {
    for (const text of [
      "heel pain hit me gradually over a few weeks",
      "the heel pain hit me slowly over months",
      "the heel pain hits every morning",
      "heel pain hits when i get out of bed",
      "pain hits my heel each morning then eases",
      "heel pain strikes every time i run",
      "my heel pain hit me after a long run",
    ]) {
      expect(matchedIds(kb, text), text).not.toContain("+sudden-acute-heel-pain");
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });

  it("still reads a pain that hit once, out of nowhere, as sudden", () => {
    for (const text of [
      "heel pain hit me out of nowhere mid run",
      "a sharp pain hit my heel mid run",
    ])
      expect(matchedIds(kb, text), text).toContain("+sudden-acute-heel-pain");
  });
});

describe("F6: 'hel' and 'hell' are the heel only where a heel reading fits", () => {
  it("reads no heel for 'hel me' (help)", () => {
    for (const text of ["please hel me my ankle is swollen", "hel me, my arch is sore"]) {
      expect(
        matchedIds(kb, text).filter((id) => id.startsWith("+heel")),
        text,
      ).toEqual([]);
      expect(
        read(text).some(([, , , site]) => site === "heel"),
        text,
      ).toBe(false);
    }
    expect(triageLevel(kb, "please hel me my ankle is swollen")).toBe("SELF_CARE");
  });

  it("keeps the site named before a feeling word's 'hell'", () => {
    expect(matchedIds(kb, "my ankle is swollen hell and red")).toEqual(["+ankle-swelling"]);
    expect(triageLevel(kb, "my ankle is swollen hell and red")).toBe("SEE_DOCTOR");
    expect(matchedIds(kb, "my knee is painful hell and swollen")).not.toContain(
      "+heel-redness-warmth-swelling",
    );
    expect(matchedIds(kb, "my knee is sore hell.")).toEqual(["+knee-pain-after-run"]);
  });

  it("still reads an owned 'hel' and a feeling's 'hell' with no site before it as the heel", () => {
    expect(matchedIds(kb, "my hel is swollen")).toEqual(["+heel-redness-warmth-swelling"]);
    expect(matchedIds(kb, "swollen hell")).toEqual(["+heel-redness-warmth-swelling"]);
  });
});
