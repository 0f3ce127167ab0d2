import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { expectUrgentSign, kb } from "../helpers/realReadings.js";

// Reader round 14a: a sign said at an earlier time than now (yesterday, last night, on a
// weekday, during the run: vocabulary `earlierTimes`) and then said fine or gone, in a
// clause saying no sign of its own, is over. Alone such a time ends nothing, and a sign said
// after a fine spell, still there or elsewhere, stays. Sentences written for these tests.

/** Expects each text to read `id` as denied (over), not as present, and not to be URGENT. */
function expectOver(id: string, texts: readonly string[]): void {
  for (const text of texts) {
    const ids = matchedIds(kb, text);
    expect(ids, text).toContain(`-${id}`);
    expect(ids, text).not.toContain(`+${id}`);
    expect(triageLevel(kb, text), text).not.toBe("URGENT");
  }
}

describe("a sign said earlier and then fine or gone is over", () => {
  it("reads numbness yesterday or on a weekday, gone or fine after, as over", () => {
    expectOver("heel-numbness-tingling", [
      "heel numb yesterday, today gone",
      "heel numb yesterday, gone today",
      "numb heel on tuesday, fine by wednesday",
      "my heel went numb last night, fine this morning",
      "my heel went numb last night but it's fine this morning",
      "heel tingled during the run, gone now",
    ]);
  });

  it("reads swelling on a weekday or at the weekend, fine or gone later, as over", () => {
    expectOver("heel-redness-warmth-swelling", [
      "heel was swollen on tuesday, fine by thursday",
      "heel swollen at the weekend, gone by monday",
      "heel swollen yesterday, today it's fine",
      "heel swollen yesterday, gone by the next day",
    ]);
    expectOver("heel-numbness-tingling", ["my heel went numb on monday, ok by the weekend"]);
  });
});

describe("a sign said now, still, again or elsewhere stays", () => {
  it("keeps a sign said after a fine spell, still there, worse or back", () => {
    expectUrgentSign("heel-numbness-tingling", [
      "was fine yesterday, today my heel is numb",
      "fine on monday, heel numb today",
      "heel numb yesterday and still numb today",
      "heel went numb on tuesday, still numb today",
      "heel numb yesterday, worse today",
      "heel numb yesterday, fine today but numb again tonight",
      "my heel went numb on saturday and it's still there",
    ]);
  });

  it("keeps a sign said gone and then back, a clause or two later (review A1, stop 34)", () => {
    expectUrgentSign("heel-numbness-tingling", [
      "my heel went numb yesterday, it was gone but it's back today",
      "heel numb yesterday, gone this morning but back again tonight",
      "heel numb, it was gone, but its back",
      "heel went numb, it was gone but it came back today",
    ]);
    expectUrgentSign("heel-redness-warmth-swelling", ["heel swollen, went down, back again today"]);
    // Said back after another part is named, the return is that part's: the heel's stays over.
    expectOver("heel-numbness-tingling", [
      "heel numb yesterday, today gone, my ankle hurts, its back",
    ]);
  });

  it("keeps a sign whose earlier time is all that is said, or whose 'fine' is another part's", () => {
    expectUrgentSign("heel-numbness-tingling", [
      "heel was numb yesterday",
      "heel went numb during the run",
      "heel numb yesterday, my ankle is fine today",
    ]);
    expectUrgentSign("heel-redness-warmth-swelling", [
      "heel swelled up on tuesday, not gone by friday",
    ]);
  });

  it("keeps a pattern that eases by a time of day: fine by lunchtime is no day named", () => {
    expect(matchedIds(kb, "heel hurts first thing, fine by lunchtime")).toEqual([
      "+heel-pain-worst-in-morning",
    ]);
  });

  it("ends only the sign said then, not one said now after it", () => {
    expect(matchedIds(kb, "heel numb yesterday, gone today, swollen now")).toEqual([
      "-heel-numbness-tingling",
      "+heel-redness-warmth-swelling",
    ]);
  });
});
