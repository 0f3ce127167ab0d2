import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// A sign said over on a later line of a diary or log is over; said over and then back, it is
// there again; said over at another part, it stands where it was. Sentences written for these
// tests (reader round 12b), not taken from any held-out set.

describe("a sign said over on a later line", () => {
  it("is over when a later day names it gone", () => {
    for (const text of [
      "Wed: heel puffy. Thu: 5 mi easy. Fri: puffiness gone.",
      "Mon: heel swollen. Tue: rest. Wed: the swelling is gone",
      "day 1 heel tingling, day 2 tingling still there, day 3 tingling gone",
      "Mon: limping. Tue: rest. Wed: limp gone",
      "heel is puffy, puffiness gone",
    ]) {
      expect(
        matchedIds(kb, text).filter((id) => id.startsWith("+")),
        text,
      ).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("ends only the sign named, not the pain said beside it", () => {
    const text = "Mon: heel swollen. Tue: easy 5k. Wed: heel still sore, swelling gone";
    expect(matchedIds(kb, text)).toEqual([
      "-heel-redness-warmth-swelling",
      "+heel-pain-after-running",
    ]);
    expect(triageLevel(kb, text)).toBe("SELF_CARE");
  });

  it("is there again when said back after it was over", () => {
    for (const text of [
      "Mon: heel swollen. Tue: swelling gone. Wed: puffy again",
      "Mon: heel numb. Tue: rest. Wed: numbness gone. Thu: numb again",
    ]) {
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("stands when the later line speaks of another part, asks, or denies its end", () => {
    for (const text of [
      "heel swollen. ankle swelling gone now",
      "Mon: heel swollen. Tue: easy 5k. Wed: ankle swelling gone",
      "Mon: heel swollen. Tue: ankle puffy. Wed: swelling gone",
      "Mon: heel numb. Tue: rest. Wed: is the numbness gone?",
      "heel numb. ran 5k. the numbness hasn't gone",
      "heel is swollen, it's gone to my toes",
    ]) {
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  // Reviewer A, session 33 (A1): a "gone" said of something else ends no sign.
  it('stands when a later "gone" is said of something that is not a sign', () => {
    for (const text of [
      "heel numb. motivation gone",
      "heel swollen after the race, my mates had gone",
      "heel went numb on my run, my watch battery gone",
      "heel red and hot. my shoes are long gone",
      "heel swollen. worry gone",
      "Mon: heel numb. Tue: rest. Wed: all my energy gone",
      "heel numb. the bus has gone",
      "heel tingling, my appetite has gone",
    ]) {
      expect(matchedIds(kb, text), text).not.toContain("-heel-numbness-tingling");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it('is over when the "gone" names the sign or only points back at it', () => {
    for (const text of [
      "Mon: heel puffy. Tue: rest. Wed: rest. Thu: puffiness gone",
      "heel puffy. swelling gone",
      "heel numb monday. numbness has gone",
      "heel numb monday, it's gone now",
      "heel numb yesterday, thats gone",
      "heel was numb, gone now",
      "my heel went numb but thats gone",
      "heel numb last week, nah all gone",
      "not limping any more and the numbness in my heel has gone",
    ]) {
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  // Reviewer A, session 33 (A2): another person's sign over is theirs.
  it("stands when the sign said over is someone else's", () => {
    for (const text of [
      "Mon: heel numb. Tue: rest. Wed: my wife's numbness gone",
      "heel swollen. friday: my wife's swelling gone",
      "heel numb. my wife's numbness gone",
      "heel numb, my son's numbness has gone",
      "heel numb. she says her numbness is gone",
    ]) {
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    const ankle = "my ankle is swollen. my wife's swelling gone";
    expect(matchedIds(kb, ankle)).toContain("+ankle-swelling");
    expect(triageLevel(kb, ankle)).toBe("SELF_CARE");
  });
});
