import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";

/**
 * What triage rests on, through the real trace: a condition only asked about (no complaint
 * alone, no evidence of itself beside one, a doctor's view when the articles send it to one),
 * the grounds of each reason (the words, whose body, the runner's answer), and a feeling read
 * where the articles place no sign (said in the answer; never self-care when it is urgent
 * elsewhere). The warning-sign lists themselves are in warningSigns.test.ts.
 */
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("triage of a condition only asked about: no complaint, so UNKNOWN", () => {
  const level = (inputs: string[], evidence: { id: string; present: boolean }[] = []) =>
    kb.tracer.trace(inputs, { evidence }).triage.level;

  it("says UNKNOWN, never SELF_CARE, when only conditions asked about (and denials) were read", () => {
    const asked = {
      "could it be achilles tendinitis?": "achilles-tendinitis",
      "is it plantar fasciitis?": "plantar-fasciitis",
      "what is plantar fasciitis?": "plantar-fasciitis",
      "how do I prevent achilles tendinitis": "achilles-tendinitis",
      "what causes runner's ankle": "runners-ankle",
      "no pain, just wondering about plantar fasciitis": "plantar-fasciitis",
      "no pain at all, just asking how to prevent plantar fasciitis": "plantar-fasciitis",
      "my heel doesn't hurt, is it plantar fasciitis?": "plantar-fasciitis",
      "Why do runners get achilles tendinitis?": "achilles-tendinitis",
      "how long does plantar fasciitis take to heal?": "plantar-fasciitis",
      "curious what runner's ankle is": "runners-ankle",
    };
    for (const [text, id] of Object.entries(asked)) {
      const trace = kb.tracer.trace([text]);
      expect(trace.triage.level, text).toBe("UNKNOWN");
      expect(trace.triage.reasons, text).toEqual([]);
      // Still read and ranked: the runner may read about it.
      expect(
        trace.matched.map((m) => m.entity.id),
        text,
      ).toContain(id);
      expect(
        trace.conditions.map((c) => c.condition.id),
        text,
      ).toContain(id);
    }
    // Asked about in one input, nothing in another: still no complaint.
    expect(level(["is it plantar fasciitis?", "no numbness"])).toBe("UNKNOWN");
  });

  it("keeps the triage of a real complaint beside the question, or of the condition said", () => {
    const triaged = {
      "my heel hurts in the morning, is it plantar fasciitis?": "SELF_CARE",
      "is it plantar fasciitis? my heel is numb": "URGENT",
      "I have plantar fasciitis": "SELF_CARE",
      "my plantar fasciitis is back": "SELF_CARE",
      "how do I treat my plantar fasciitis?": "SELF_CARE",
      "my ankle aches, what is runner's ankle?": "SELF_CARE",
    };
    for (const [text, want] of Object.entries(triaged)) expect(level([text]), text).toBe(want);
    // Beside a complaint, a condition the articles send to a doctor keeps SEE_DOCTOR, grounded
    // as asked about, never as reported; the ranking is the complaint's alone.
    for (const [text, id] of [
      // A name only (a feared "heel stress fracture" reads at the heel, as a rupture does).
      ["could it be a calcaneal stress fracture? my heel hurts", "heel-stress-fracture"],
    ] as const) {
      const { triage } = kb.tracer.trace([text]);
      expect(triage.level, text).toBe("SEE_DOCTOR");
      expect(triage.grounds, text).toMatchObject([{ reason: { id }, asked: true }]);
      expect(triage.grounds[0]?.explanation, text).toMatch(/^You asked about/);
    }
    // Alone it is still no complaint; a condition not sent to a doctor raises nothing.
    expect(level(["is it arthritis?"])).toBe("UNKNOWN");
    expect(kb.tracer.trace(["is it plantar fasciitis? my heel hurts"]).triage.reasons).toEqual([]);
    // The ankle article only says to rule arthritis out, naming no one: asked about beside
    // ankle pain, it raises nothing either.
    const arthritis = kb.tracer.trace(["is it arthritis? my ankle hurts"]).triage;
    expect(arthritis.level).toBe("SELF_CARE");
    expect(arthritis.reasons).toEqual([]);
    // Said in another input, or answered yes, the condition is the runner's.
    expect(level(["is it plantar fasciitis?", "I have plantar fasciitis"])).toBe("SELF_CARE");
    const yes = [{ id: "plantar-fasciitis", present: true }];
    expect(level(["is it plantar fasciitis?"], yes)).toBe("SELF_CARE");
  });
});

describe("a condition only asked about is ranked, but no evidence of itself", () => {
  const ranked = (inputs: string[]) =>
    kb.tracer.trace(inputs).conditions.map((c) => [c.condition.id, c.score]);

  it("weighs the complaint beside the question as the complaint alone", () => {
    // The question is about the runner's guess, not their body: the interview answers it.
    expect(ranked(["is it plantar fasciitis? my heel hurts"])).toEqual(ranked(["my heel hurts"]));
    const asked = kb.tracer.trace(["is it plantar fasciitis? my heel hurts"]);
    expect(asked.questions.length).toBeGreaterThan(0);
    // Alone, it is still ranked and its body part's warning signs are still asked.
    const alone = kb.tracer.trace(["is it plantar fasciitis?"]);
    expect(alone.conditions.map((c) => c.condition.id)).toEqual(["plantar-fasciitis"]);
    expect(alone.questions[0]?.reason).toBe("WARNING_SIGN");
  });

  it("gives way to the same condition reported, in either order of the inputs", () => {
    const question = "what causes runner's ankle?";
    const pain = "my ankle hurts after runs";
    const read = (inputs: string[]) => {
      const t = kb.tracer.trace(inputs);
      return {
        matched: t.matched.map((m) => [m.entity.id, m.countsAs?.id ?? null]),
        ranked: t.conditions.map((c) => [c.condition.id, c.score]),
        level: t.triage.level,
      };
    };
    const painOnly = read([pain]);
    expect(painOnly.matched).toEqual([["runners-ankle", "ankle-pain-sides"]]);
    expect(read([question, pain])).toEqual(painOnly);
    expect(read([pain, question])).toEqual(painOnly);
    // In one input too, the question before the complaint (the reader keeps the pain).
    expect(read([`${question} ${pain}`])).toEqual(painOnly);
  });
});

describe("triage's grounds: what each reason rests on", () => {
  it("gives each reason read from the report its words, whose body and the runner's answer", () => {
    const said = "I was limping last week";
    const ground = (evidence: { id: string; present: boolean }[]) =>
      kb.tracer.trace([said], { evidence }).triage.grounds;
    for (const answer of [null, true, false]) {
      const evidence = answer === null ? [] : [{ id: "limping", present: answer }];
      const [g, ...rest] = ground(evidence);
      expect(rest).toEqual([]);
      expect(g).toMatchObject({ input: said, whose: "RUNNER", answer });
      expect(g?.reason.id).toBe("limping");
      expect(g?.explanation).toContain(`"${g?.words?.text}"`);
    }
    // Another person's sign beside the runner's report: grounded as theirs.
    const other = kb.tracer.trace(["my heel hurts", "my friend cannot bear weight on her heel"]);
    expect(other.triage.level).toBe("URGENT");
    expect(other.triage.grounds.map((g) => g.whose)).toContain("SOMEONE_ELSE");
    // Nothing urgent, nothing to ground; every ground is one of the reasons.
    const calm = kb.tracer.trace(["my heel hurts"]).triage;
    expect(calm.grounds).toEqual([]);
    for (const g of other.triage.grounds) expect(other.triage.reasons).toContain(g.reason);
  });

  it("keeps the runner's answer off another person's sign: the no is about the runner", () => {
    const evidence = [{ id: "heel-numbness-tingling", present: false }];
    const { triage } = kb.tracer.trace(["my heel hurts", "my wife's heel is numb"], { evidence });
    expect(triage.level).toBe("URGENT");
    const [g, ...rest] = triage.grounds;
    expect(rest).toEqual([]);
    expect(g).toMatchObject({ whose: "SOMEONE_ELSE", answer: null });
    expect(g?.explanation).not.toContain("answered no");
    expect(g?.explanation).toContain("about someone else");
    // The runner's own numbness keeps the no it stands despite.
    const own = kb.tracer.trace(["my heel is numb"], { evidence }).triage.grounds;
    expect(own.map((x) => [x.whose, x.answer])).toEqual([["RUNNER", false]]);
  });
});

describe("a feeling read where the articles place no sign", () => {
  const corrected = "my heel hurts, it is numb, no wait, my ankle";

  it("says it in the answer with its words and where the articles name it, never as self-care", () => {
    const t = kb.tracer.trace([corrected]);
    expect(t.unplaced).toMatchObject([
      {
        input: corrected,
        whose: "RUNNER",
        feelings: ["numbness"],
        urgentElsewhere: true,
      },
    ]);
    const [u] = t.unplaced;
    expect(u?.site?.id).toBe("ankle");
    expect(u?.signsElsewhere.map((e) => e.id)).toEqual(["heel-numbness-tingling"]);
    expect(corrected.slice(u?.words.start, u?.words.end)).toBe(u?.words.text);
    expect(u?.explanation).toContain(`"${u?.words.text}"`);
    // The articles say nothing of numbness at the ankle: a doctor's view, not home care.
    expect(t.triage.level).toBe("SEE_DOCTOR");
    expect(t.triage.unplaced).toEqual(t.unplaced);
    const selfCare = kb.data.entities.get("self-care-first");
    expect(t.triage.advice).not.toBe(selfCare?.kind === "ADVICE" ? selfCare.answer : "");
    // No sign was reported there: the reason a client shows is the body part it was felt in
    // (never the heel's sign), grounded in the words and marked unplaced; the advice begins
    // with why, and goes on with the governing list's advice when one applies.
    expect(u?.place?.id).toBe("ankle");
    expect(t.triage.reasons.map((e) => [e.id, e.kind])).toEqual([["ankle", "BODY_STRUCTURE"]]);
    expect(t.triage.grounds).toMatchObject([
      { reason: { id: "ankle" }, words: u?.words, unplaced: true, asked: false, answer: null },
    ]);
    expect(t.triage.grounds[0]?.explanation).toBe(u?.explanation);
    expect(t.triage.advice.startsWith(u?.explanation ?? "-")).toBe(true);
    const listed = kb.tracer.trace(["my ankle is swollen", "my knee is numb"]).triage;
    expect(listed).toMatchObject({
      level: "SEE_DOCTOR",
      reasons: [{ id: "knee" }, { id: "ankle-swelling" }],
    });
    expect(listed.grounds.map((g) => [g.reason.id, g.unplaced])).toEqual([
      ["knee", true],
      ["ankle-swelling", false],
    ]);
    const [knee] = listed.unplaced;
    expect(listed.advice.startsWith(`${knee?.explanation} `)).toBe(true);
    // Every level a feeling placed elsewhere sets has a reason a contract client can show.
    for (const said of [
      ["my heel hurts", "my knee is swollen"],
      ["my achilles hurts", "my achilles is red and warm"],
    ]) {
      const level = kb.tracer.trace(said).triage;
      expect(level.level, said.join(" / ")).toBe("SEE_DOCTOR");
      expect(level.reasons.length, said.join(" / ")).toBeGreaterThan(0);
    }
    // At a site the articles do not cover too; said alone, nothing is placed: UNKNOWN.
    expect(kb.tracer.trace(["my ankle hurts", "my knee is swollen"]).triage.level).toBe(
      "SEE_DOCTOR",
    );
    const alone = kb.tracer.trace(["my ankle is numb"]);
    expect(alone.triage.level).toBe("UNKNOWN");
    expect(alone.unplaced).toMatchObject([{ feelings: ["numbness"], urgentElsewhere: true }]);
  });

  it("ranks nothing, lets red flags win, and reads no denial and no stop-and-rest sign as urgent", () => {
    const ranked = (inputs: string[]) =>
      kb.tracer.trace(inputs).conditions.map((c) => [c.condition.id, c.score]);
    expect(ranked(["my ankle hurts", "my knee is numb"])).toEqual(ranked(["my ankle hurts"]));
    expect(kb.tracer.trace(["my heel is numb", "my ankle is numb"]).triage.level).toBe("URGENT");
    const denied = kb.tracer.trace(["my ankle hurts, no numbness in my ankle"]);
    expect(denied.unplaced).toEqual([]);
    expect(denied.triage.level).toBe("SELF_CARE");
    // Stiffness is only the ankle list's sign (stop and rest): said, but the level is the rest's.
    const stiff = kb.tracer.trace(["my ankle hurts", "my knee is stiff"]);
    expect(stiff.unplaced).toMatchObject([{ feelings: ["stiffness"], urgentElsewhere: false }]);
    expect(stiff.triage.level).toBe("SELF_CARE");
    expect(stiff.triage.unplaced).toEqual([]);
  });

  it("lists no feeling the articles describe where it was felt (a reading beside it set it aside)", () => {
    // The ankle's and the knee's pain are read, as conditions asked about set them aside;
    // saying "which the articles do not describe" of them would be false (second review M3).
    for (const text of ["could it be a sprain? my ankle hurts", "runner's knee, my knee hurts"])
      expect(kb.tracer.trace([text]).unplaced, text).toEqual([]);
    // The shin is named by the vocabulary but described by no article: said.
    const shin = kb.tracer.trace(["my coach says I overstride. my shins ache"]);
    expect(shin.unplaced).toMatchObject([{ site: { id: "shin" }, signsElsewhere: [] }]);
  });

  it("raises only for the body the answer is about, in one text or across inputs alike", () => {
    const runner = "my heel hurts after running";
    for (const other of [
      "my wife's knee is swollen",
      "my wife's ankle is numb",
      "my friend says his shin is numb",
    ]) {
      // Another person's feeling placed nowhere is no warning sign: left out, as in one text.
      for (const inputs of [[runner, other], [`${runner}, ${other}`], [other, runner]]) {
        const t = kb.tracer.trace(inputs);
        expect(t.triage.level, inputs.join(" | ")).toBe("SELF_CARE");
        expect(t.unplaced, inputs.join(" | ")).toEqual([]);
      }
    }
    // When the answer is about them, theirs raises, worded as theirs, on both paths.
    for (const inputs of [
      ["my wife's ankle is numb", "her heel hurts"],
      ["my wife's ankle is numb, her heel hurts"],
    ]) {
      const t = kb.tracer.trace(inputs);
      expect(t.triage.level, inputs.join(" | ")).toBe("SEE_DOCTOR");
      expect(t.triage.unplaced).toMatchObject([{ whose: "SOMEONE_ELSE", feelings: ["numbness"] }]);
      expect(t.unplaced[0]?.explanation).toContain("about someone else");
    }
    // The runner's own beside another person's complaint stays the runner's (nothing placed).
    const own = kb.tracer.trace(["my ankle is numb", "my wife's heel hurts"]);
    expect(own.unplaced).toMatchObject([{ whose: "RUNNER" }]);
    expect(own.triage.level).toBe("UNKNOWN");
  });

  it("treats a denial and a question as it does a placed sign's, in one text or across inputs", () => {
    const level = (inputs: string[]) => kb.tracer.trace(inputs).triage.level;
    const both = (parts: string[]) => [level(parts), level([parts.join(", ")])];
    // A report stands against a denial in another clause or input (red flags win), as placed.
    expect(both(["my heel hurts", "my heel is numb", "my heel is not numb"])).toEqual([
      "URGENT",
      "URGENT",
    ]);
    expect(both(["my ankle hurts", "my knee is numb", "my knee is not numb"])).toEqual([
      "SEE_DOCTOR",
      "SEE_DOCTOR",
    ]);
    // Said alone, reported then denied, or only asked about: nothing placed, UNKNOWN.
    expect(both(["my ankle is numb", "no it is not numb"])).toEqual(["UNKNOWN", "UNKNOWN"]);
    for (const asked of ["is ankle numbness serious?", "what causes numbness in the ankle"])
      expect(level([asked]), asked).toBe("UNKNOWN");
    // Beside a complaint a sign asked about is never hedged (red flags win), placed or not.
    expect(level(["my heel hurts", "is heel numbness serious?"])).toBe("URGENT");
    expect(level(["my ankle hurts", "is ankle numbness serious?"])).toBe("SEE_DOCTOR");
  });
});
