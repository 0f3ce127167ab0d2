import { describe, expect, it } from "vitest";
import { matchedIds, reportedIds, triageLevel } from "../helpers/readings.js";
import { asked, kb } from "../helpers/realReadings.js";

// Questions and conditionals about the runner's own leg, and general questions beside a sign
// the runner reports (reader round 14b). Sentences written for these tests, not taken from any
// held-out set.

describe("a conditional about the runner's own leg", () => {
  it("supposes what is felt after 'if' when no present state is said: only asked, UNKNOWN", () => {
    for (const [text, id] of [
      ["what if my ankle gives way?", "ankle-weight-bearing"],
      ["what do I do if my knee gives out on a run", "knee-less-stable"],
      ["what if my knee keeps giving way", "knee-less-stable"],
      ["is it bad if my knee wobbles on downhills", "knee-less-stable"],
      ["does it matter if my knee wobbles?", "knee-less-stable"],
      ["is it ok if my heel hurts a bit after runs?", "heel-pain-after-running"],
      ["what do i do if my achilles hurts after every run", "achilles-irritation-after-run"],
    ] as const) {
      expect(asked(text), text).toEqual([[id, true]]);
      expect(reportedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("reads the 'it' before the condition as the condition, also for 'your' body", () => {
    for (const text of [
      "what does it mean if your knee gives way?",
      "is it bad if your ankle swells after a run",
      "what happens if your knee keeps giving way",
    ]) {
      expect(reportedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("reports a present state said after 'if', and red flags win", () => {
    expect(reportedIds(kb, "should I ice if my ankle is swollen?")).toEqual(["ankle-swelling"]);
    expect(triageLevel(kb, "is it bad if my heel is numb")).toBe("URGENT");
    expect(triageLevel(kb, "what does it mean when your heel goes numb")).toBe("URGENT");
  });

  it("reports the sign when the runner says after the question that it happened", () => {
    const text = "what do I do if my knee gives way on a run? it happened twice last week";
    expect(reportedIds(kb, text)).toEqual(["knee-less-stable"]);
    expect(triageLevel(kb, text)).toBe("SELF_CARE");
    expect(matchedIds(kb, "what if my knee gives way? it hasn't happened yet")).toEqual([
      "-knee-less-stable",
    ]);
  });
});

describe("a general question about knees reports nothing", () => {
  it("keeps a question about knees in general UNKNOWN, its causes only asked", () => {
    for (const text of [
      "can knee pain come from the hip?",
      "is it normal for knees to click?",
      "what causes runner's knee?",
      "what causes knee pain after running?",
      "do runners get knee pain a lot?",
      "why do knees give way?",
      "how do you fix a wobbly knee?",
      "should runners worry about knee pain?",
      "do hills cause knee pain?",
      "can overtraining cause heel pain?",
      "can worn shoes cause knee pain?",
    ]) {
      expect(reportedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });
});

describe("a question for runners or 'your' knees says no time", () => {
  it("reads 'for' before whom a question is for as no time: the question stays general", () => {
    for (const text of [
      "how long does heel pain usually last for runners?",
      "is hill running bad for your knees?",
      "is running on concrete bad for your knees?",
      "how long does knee pain last for most people?",
    ]) {
      expect(reportedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("still reads 'for' before a time as a sign going on", () => {
    const text = "why has my knee hurt for weeks?";
    expect(reportedIds(kb, text)).toEqual(["knee-pain-after-run"]);
    expect(reportedIds(kb, "how long will heel pain last? had it for ages")).toEqual([
      "heel-pain-after-running",
    ]);
  });
});

describe("a question's factor beside a sign the runner reports", () => {
  it("reads the factor as told when another clause reports the runner's own sign", () => {
    for (const [text, factor, sign] of [
      [
        "can worn out shoes cause knee pain? my knee is killing me",
        "worn-shoes",
        "knee-pain-after-run",
      ],
      [
        "does running on concrete cause heel numbness? heel numb since monday",
        "hard-surfaces",
        "heel-numbness-tingling",
      ],
      [
        "does running on concrete cause heel pain? I can't put weight on my heel",
        "hard-surfaces",
        "cannot-bear-weight",
      ],
      [
        "can hill running cause achilles pain? my achilles aches after runs",
        "hill-running",
        "achilles-irritation-after-run",
      ],
    ] as const) {
      expect(reportedIds(kb, text), text).toEqual(expect.arrayContaining([factor, sign]));
    }
  });

  it("keeps the factor asked when no clause reports a sign of the runner's own", () => {
    for (const text of [
      "does running on concrete cause heel pain?",
      "can running on concrete cause heel pain? my wife's heel hurts",
      "does running on concrete cause heel pain? no pain for me though",
      "do hills cause knee pain? my dog is limping",
      "can overpronation cause knee pain? asking for a friend",
    ]) {
      const ids = reportedIds(kb, text);
      for (const cause of ["hard-surfaces", "hill-running", "overpronation"])
        expect(ids, text).not.toContain(cause);
      expect(triageLevel(kb, text), text).not.toBe("SELF_CARE");
    }
  });

  it("reads 'ever' heel pain as the runner's beside a limp said since a day (the question is theirs)", () => {
    const text = "is heel pain ever a big deal? limping since monday";
    expect(reportedIds(kb, text)).toEqual(["heel-pain-after-running", "limping"]);
    expect(triageLevel(kb, text)).toBe("URGENT");
    expect(asked("is heel pain ever a big deal?")).toEqual([["heel-pain-after-running", true]]);
    expect(triageLevel(kb, "is heel pain ever a big deal?")).toBe("UNKNOWN");
  });
});
