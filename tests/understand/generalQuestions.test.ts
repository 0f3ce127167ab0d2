import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, presentIds, triageLevel } from "../helpers/readings.js";

// Reader round 12a: texts that report nothing of the runner's (a question about a problem in
// general, a supposed sign, a past condition said gone) are UNKNOWN, never SELF_CARE; a general
// question beside the runner's own report is read as theirs. Both sides are tested here so
// neither regresses. Sentences written for this test, not taken from any held-out set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** The ids of the findings the runner reports (present, not only asked about). */
const reported = (text: string) => presentIds(kb, text);

/** Each text reports nothing and its trace is UNKNOWN. */
function reportsNothing(texts: readonly string[]) {
  for (const text of texts) {
    expect(reported(text), text).toEqual([]);
    expect(triageLevel(kb, text), text).toBe("UNKNOWN");
  }
}

/** Each text reports its id as the runner's, and its trace is neither UNKNOWN nor URGENT. */
function reportsOwn(cases: readonly (readonly [string, string])[]) {
  for (const [text, id] of cases) {
    expect(reported(text), text).toContain(id);
    const theirs = kb.reader.read(text).findings.filter((f) => f.entity?.id === id);
    expect(
      theirs.map((f) => f.whose),
      text,
    ).toContain("RUNNER");
    expect(["SELF_CARE", "SEE_DOCTOR"], text).toContain(triageLevel(kb, text));
  }
}

describe("a question about a problem in general", () => {
  it("reports nothing whatever its opening", () => {
    reportsNothing([
      "is pain in the heel ever a big deal?",
      "is heel pain ever serious",
      "can running cause achilles pain?",
      "can running cause achilles pain",
      "can overtraining cause heel pain?",
      "does running on concrete cause heel pain",
      "how long does heel pain last?",
      "how long does achilles pain usually last",
      "is ankle swelling something to worry about?",
      "is achilles pain something to worry about",
      "what causes heel pain in runners?",
      "what causes achilles pain in runners",
      "can achilles pain come back?",
      "is heel pain a big deal or nah",
      "can you get plantar fasciitis from running too much?",
      // Stop 38: the "it" of "is it normal for your" points at nothing.
      "is it normal for your heels to ache the day after a half marathon?",
      "is it common for your ankles to swell after a long race?",
    ]);
    // Said of the runner's own heel, it is a report.
    expect(presentIds(kb, "is it normal for my heel to hurt after a race?")).toEqual([
      "heel-pain-after-running",
    ]);
  });

  it("reports nothing in text-speak and typos", () => {
    reportsNothing([
      "wat causes heel pain in runners",
      "r achilles pains serious??",
      "can u run with a sore achilles",
      "is heal pain ever serious?",
    ]);
  });

  it("reports nothing when it asks about someone in general", () => {
    reportsNothing([
      "when should someone see a doctor about achilles pain in general?",
      "when should somebody see a GP about heel pain?",
      "should someone with ankle pain stop running?",
      "when should a runner see a doctor about heel pain?",
      "when do people need to see a physio for achilles pain?",
    ]);
  });

  it("reports nothing when it only supposes a sign after 'if'", () => {
    reportsNothing([
      "should I stop running if my ankle hurts?",
      "should i stop running if my ankle hurts",
      "what happens if my achilles hurts during a race?",
      "do I need to see a doctor if my heel hurts?",
      "can i keep running if my achilles gets sore?",
      "what should I do if my heel starts hurting on a run?",
      "Should I stop running if my ankle hurts??",
    ]);
  });

  it("never hides a warning sign only supposed (red flags win)", () => {
    expect(triageLevel(kb, "what if my heel goes numb")).toBe("URGENT");
    expect(triageLevel(kb, "should i see a doctor if my heel swells up at the back?")).toBe(
      "URGENT",
    );
  });
});

describe("a general question beside the runner's own report", () => {
  it("is the runner's, even when the report names no feeling", () => {
    reportsOwn([
      ["do you need to see a doctor for heel pain? had it for 3 weeks", "heel-pain-after-running"],
      ["is achilles pain serious? its been a month", "pain-near-heel-dull-or-sharp"],
      ["is achilles pain serious? it's been a month now", "pain-near-heel-dull-or-sharp"],
      ["can you run on a sprained ankle, did mine yesterday", "ankle-sprain"],
      [
        "could achilles pain be from new shoes, started after I got them",
        "pain-near-heel-dull-or-sharp",
      ],
      [
        "can running cause achilles pain? mine started two weeks ago",
        "pain-near-heel-dull-or-sharp",
      ],
      ["how long does heel pain last? ive had it since june", "heel-pain-after-running"],
      ["should I stop running if my ankle hurts? it has for two weeks", "runners-ankle"],
      ["is heel pain in the morning normal? mine is", "heel-pain-worst-in-morning"],
      ["is achilles pain after runs normal? me too", "achilles-irritation-after-run"],
    ]);
  });

  it("is no report when what follows tells nothing of the runner's", () => {
    reportsNothing([
      "how long does heel pain last? just curious",
      "is achilles pain serious? no problems myself",
      "can running cause achilles pain? asking for a friend",
      "how do I tell if ankle swelling is serious? none now",
      "is heel pain serious? im fine",
    ]);
  });

  it("reads a statement that opens with a past verb as the runner's", () => {
    reportsOwn([
      ["did heel drills yesterday and heel is sore today", "heel-pain-after-running"],
      ["did a long run on sunday and my achilles hurts", "pain-near-heel-dull-or-sharp"],
    ]);
  });

  it("keeps a question about the runner's own body", () => {
    reportsOwn([
      ["why does my heel hurt when I run?", "heel-pain-after-running"],
      ["do I need to see a doctor for my heel pain?", "heel-pain-after-running"],
      ["how do I tell if my ankle swelling is serious?", "ankle-swelling"],
      ["does my heel hurt if i run too far?", "heel-pain-after-running"],
      ["I wonder if my achilles pain is serious", "pain-near-heel-dull-or-sharp"],
      // "it" points at a problem: writers label "is it normal for heels to ache..." a report.
      ["is it normal for heels to ache after parkrun?", "heel-pain-after-running"],
      ["could weak calves be why my achilles aches after runs?", "achilles-irritation-after-run"],
      ["could weak calves be why my achilles aches after runs?", "weak-calves"],
    ]);
  });

  it("keeps a question about another person's body read as the product decision says", () => {
    expect(entityFindings(kb, "is her heel pain serious?", "site")).toEqual([
      ["heel-pain-after-running", true, "SOMEONE_ELSE", "heel"],
    ]);
    expect(triageLevel(kb, "is her heel pain serious?")).toBe("SELF_CARE");
  });
});

describe("a past condition said gone", () => {
  it("reports nothing present", () => {
    for (const text of [
      "had plantar fasciitis in 2022, fully gone, no problems now",
      "had plantar fasciitis in 2022, no problems now",
      "had PF in 2022. fully recovered, no issues",
      "achilles tendinitis in 2019, cleared up completely",
      "had a sprained ankle last year, long gone, no issues since",
      "had plantar fasciitis in 2022 fully gone no probs now",
      "had plantar fasciitis during 2021 - totally gone now!",
    ]) {
      const read = kb.reader.read(text).findings.filter((f) => f.entity !== null);
      expect(read.length, text).toBeGreaterThan(0);
      expect(
        read.map((f) => f.present),
        text,
      ).not.toContain(true);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("is there again when said back, or beside a sign now", () => {
    expect(reported("had plantar fasciitis in 2022, it came back last week")).toEqual([
      "plantar-fasciitis",
    ]);
    expect(reported("had plantar fasciitis last year, it came back last week")).toEqual([
      "plantar-fasciitis",
    ]);
    expect(reported("had a bad ankle sprain in 2024, still a bit swollen")).toEqual([
      "ankle-swelling",
    ]);
    expect(reported("had plantar fasciitis since 2022, still sore")).toContain("plantar-fasciitis");
  });
});
