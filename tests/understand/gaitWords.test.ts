import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { expectUrgentSign, kb } from "../helpers/realReadings.js";

// Everyday and figurative words for an altered gait (the heel article's limping warning sign),
// and "limp" meanings that are not a walk. Sentences written for these tests (reader round
// 12b), not taken from any held-out set.

const present = (text: string) => matchedIds(kb, text).includes("+limping");

describe("an altered gait said in everyday and figurative words", () => {
  it("reads lurching and hobbling as limping: URGENT beside heel pain", () => {
    expectUrgentSign("limping", [
      "heel is sore and I'm lurching around",
      "lurched to work this morning, heel aches",
      "heel sore, hirpling about the house",
      "heel sore and I'm a bit hobbly",
    ]);
  });

  it("reads figures of speech for an uneven walk as limping", () => {
    expectUrgentSign("limping", [
      "walking like a pirate today, heel sore",
      "I've got a peg leg since the long run, heel hurts",
      "heel sore, walking like a drunk",
      "heel sore, walking like an old granny",
      "doing the dot and carry to the bus, heel sore",
      "heel aches and there's a hitch in my stride",
      "walking with a hitch since the race, heel aches",
      "my gait is all wonky, heel pain",
      "heel is sore, walking on my toes to spare it",
      "gone lame on my right side, heel sore",
      "heel sore, walking lopsided",
    ]);
  });

  it("denies such a walk when denied", () => {
    expect(matchedIds(kb, "heel sore but I'm not lurching about")).toContain("-limping");
    expect(triageLevel(kb, "heel sore but I'm not lurching about")).toBe("SELF_CARE");
  });

  it("keeps 'limp' meanings that are not a walk, and 'staggering' amounts, out", () => {
    for (const text of [
      "my limp wrist hurts",
      "heel sore, what a limp handshake my coach has",
      "ran a staggering 100 miles this month, heel sore",
      "dressed like a pirate for the fun run, heel sore",
      "staggered home after the marathon, heel sore",
      "I run on my tippy toes, heel sore",
      "heel sore, I'm staggering my long runs this month",
      "heel sore, that's a lame excuse for skipping the run",
    ]) {
      expect(present(text), text).toBe(false);
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    }
  });

  // Ordinary sentences the figurative gait words caught (reviewer A, session 33): those words
  // are out of the list, so the pain beside them stays self-care.
  it("keeps a drunk stagger, uneven ground, a crab walk and an old gammy leg out", () => {
    for (const text of [
      "heel sore, was staggering about drunk after the party",
      "heel sore, my walk is uneven terrain",
      "heel sore, the trail walk all over the place",
      "heel sore, walked like a crab on the beach",
      "heel sore, i've got a gammy leg from an old injury on the other side",
      "heel sore, we were staggering around the pub",
    ]) {
      expect(present(text), text).toBe(false);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });
});

// Stop 39, from heldout24 (in-sample): a limp said by a figure of a stone in the shoe.
describe("walking as if a stone were in the shoe", () => {
  it("is a limp, a warning sign", () => {
    expectUrgentSign("limping", [
      "since the hike I'm walking like I've got a stone in my boot, it's my right heel",
      "walking like theres a pebble in my shoe because of my heel",
    ]);
  });
});

// Stop 39, from heldout27 (in-sample): a limp owed to the heel, said after ankle pain.
describe("a limp said to be because of the heel", () => {
  it("is the heel's warning sign even beside ankle pain", () => {
    for (const text of [
      "my ankle ached first, and now I'm limping because of my heel",
      "ankle is sore and I'm hobbling due to the right heel",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });

  it("leaves a limp owed to the ankle, and a cause named after 'because', as they were", () => {
    expect(triageLevel(kb, "I'm limping because of my ankle")).toBe("SEE_DOCTOR");
    expect(matchedIds(kb, "my heel hurts because of the hills")).toContain("+hill-running");
  });
});
