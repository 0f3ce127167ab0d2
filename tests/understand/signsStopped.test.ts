import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { expectUrgentSign } from "../helpers/realReadings.js";

// Stop 41: a sign said to have stopped, or to be back to normal, is over; a runner who
// stopped is not; a sign word said towards a thing of the mind reads nothing; a negation
// leaving out a sign's end ("... but the numbness hasn't") keeps the sign. Sentences written
// for this test, not taken from any held-out set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("a sign that stopped", () => {
  it("is over when the sign is what stopped, past a span of time", () => {
    for (const text of [
      "the pins and needles in my right heel stopped.",
      "The numbness under my heel stopped a couple of days ago, it only aches now",
      "the tingling in my heel stopped yesterday",
      "heel was tingly on the weekend but it stopped",
    ]) {
      const ids = matchedIds(kb, text);
      expect(ids, text).toContain("-heel-numbness-tingling");
      expect(ids, text).not.toContain("+heel-numbness-tingling");
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    }
  });

  it("stands when the runner stopped, or nothing says what stopped", () => {
    expectUrgentSign("heel-numbness-tingling", [
      "my heel went numb halfway round so I stopped",
      "heel went numb at 8k and I stopped a few days ago",
      "the numbness in my heel stopped me running",
      "Heel went numb mid run. Stopped.",
      "my heel is numb after every run full stop",
      "heel numb, stopped and walked the rest",
    ]);
  });
});

describe("a sign back to normal", () => {
  it("is over: 'back' there is no body part, and no sign come back", () => {
    for (const text of [
      "Heel was red and hot on Tuesday. It's back to normal.",
      "my heel went red after the race but now it's back to its normal colour",
      "heel was red on friday, back to normal colour today",
    ]) {
      const ids = matchedIds(kb, text);
      expect(ids, text).toContain("-heel-redness-warmth-swelling");
      expect(ids, text).not.toContain("+heel-redness-warmth-swelling");
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    }
  });

  it("still reads a sign come back, and the body's back", () => {
    expect(matchedIds(kb, "my heel went numb, it went away, but it's back today")).toContain(
      "+heel-numbness-tingling",
    );
    expect(matchedIds(kb, "my back is stiff and my heel is numb")).toContain(
      "+heel-numbness-tingling",
    );
  });
});

describe("a sign word said towards a thing of the mind", () => {
  it("reads nothing", () => {
    for (const text of [
      "totally numb to the pain of hill sprints by now",
      "I've gone numb to the whole idea of hill repeats",
      "after ten weeks of hills I'm numb to the suffering",
    ]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    }
  });

  it("is still the sign with a site or a touch", () => {
    expectUrgentSign("heel-numbness-tingling", [
      "my heel is numb to the touch",
      "heel went numb to the point I couldn't feel it",
    ]);
  });
});

describe("a negation that leaves out a sign's end said before it", () => {
  it("keeps the sign: 'the swelling has gone but the numbness hasn't'", () => {
    expectUrgentSign("heel-numbness-tingling", [
      "the puffiness went down but the tingling in my heel hasn't",
      "Redness has cleared up. The numbness under my heel hasn't.",
    ]);
  });

  it("still denies with no end said before it", () => {
    for (const text of ["my heel numbness hasn't", "numb heel: no"])
      expect(matchedIds(kb, text), text).toContain("-heel-numbness-tingling");
  });
});

describe("a sign word whose own phrase holds its 'to be', said of a thing", () => {
  it("reads nothing: 'the group chat has ballooned'", () => {
    for (const text of [
      "the group chat has ballooned since race day",
      "our waitlist has ballooned",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    expect(matchedIds(kb, "my left heel has ballooned")).toContain("+heel-redness-warmth-swelling");
  });
});
