import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntityKind, TriageLevel, Whose } from "../../src/web/generated/operations.js";
import { excerpt, foldGrounds, groundLines, groundsHeard } from "../../src/web/groundWords.js";
import { realKb } from "../helpers/knowledge.js";

/** A trace's triage from the in-process tracer, in the shape the explorer's query asks. */
async function triageOf(symptoms: string[], evidence: { id: string; present: boolean }[] = []) {
  const kb = await realKb();
  const { triage } = kb.tracer.trace(symptoms, { evidence, questions: 5 });
  return {
    level: triage.level as TriageLevel,
    advice: triage.advice,
    reasons: triage.reasons.map((r) => ({ id: r.id, name: r.name, kind: r.kind as EntityKind })),
    grounds: triage.grounds.map((g) => ({
      reason: { id: g.reason.id },
      input: g.input,
      words: g.words && { text: g.words.text, start: g.words.start, end: g.words.end },
      whose: g.whose as Whose,
      answer: g.answer,
    })),
  };
}

describe("what the triage banner says it rests on", () => {
  it("keeps the words whole and a little context, marked where cut", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(200), fc.nat(200), (input, a, b) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        const e = excerpt(input, start, end);
        // The words are the input's own, never cut; the context is bounded.
        expect(e.words).toBe(
          input.slice(Math.min(start, input.length), Math.min(end, input.length)),
        );
        expect(e.before.length).toBeLessThanOrEqual(25);
        expect(e.after.length).toBeLessThanOrEqual(25);
        expect(input).toContain(
          `${e.before.replace(/^…/, "")}${e.words}${e.after.replace(/…$/, "")}`,
        );
      }),
    );
    expect(excerpt("my heel is numb", 3, 15)).toEqual({
      before: "my ",
      words: "heel is numb",
      after: "",
    });
    const long =
      "after a long run on the trail yesterday evening my heel went numb and tingles now whenever I run uphill";
    const at = long.indexOf("heel went numb");
    const e = excerpt(long, at, at + 14);
    expect(e.before.startsWith("…")).toBe(true);
    expect(e.after.endsWith("…")).toBe(true);
  });

  it("names the words of each URGENT reason in the complaint box they came from", async () => {
    const symptoms = ["stabbing pain under my heel", "my heel is numb", "my elbow"];
    const triage = await triageOf(symptoms);
    expect(triage.level).toBe("URGENT");
    const lines = groundLines(triage, symptoms);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(triage.reasons.map((r) => r.id)).toContain(line.reasonId);
      expect(line.complaint).toBe(1);
      expect(line.quote && symptoms[1]).toContain(line.quote?.words);
      expect(line.standsAgainstNo).toBe(false);
    }
    expect(groundsHeard(lines)).toMatch(/^Because of your words “[^”]*numb”\.$/);
  });

  it("says a warning sign stands against the runner's no, and which words to rephrase", async () => {
    const symptoms = ["my heel is numb"];
    const triage = await triageOf(symptoms, [{ id: "heel-numbness-tingling", present: false }]);
    expect(triage.level).toBe("URGENT");
    const [line] = groundLines(triage, symptoms);
    expect(line?.standsAgainstNo).toBe(true);
    expect(line?.span && symptoms[0]?.slice(line.span.start, line.span.end)).toBe(
      line?.quote?.words,
    );
    expect(groundsHeard(groundLines(triage, symptoms))).toMatch(/stands though you answered no/);
  });

  it("marks someone else's words as theirs, and shows no ground for a reason not given", async () => {
    const symptoms = ["my heel aches after runs and my wife's heel has gone numb"];
    const triage = await triageOf(symptoms);
    const lines = groundLines(triage, symptoms);
    expect(lines.some((l) => l.someoneElse)).toBe(true);
    expect(groundLines({ ...triage, reasons: [] }, symptoms)).toEqual([]);
    // An answer's ground has no words: nothing quoted, nothing heard as words.
    const yes = await triageOf(["my heel hurts"], [{ id: "limping", present: true }]);
    const answered = groundLines(yes, ["my heel hurts"]);
    expect(answered.every((l) => l.quote === null && l.complaint === null)).toBe(true);
    expect(answered.some((l) => l.answeredYes)).toBe(true);
    expect(groundsHeard(answered)).toBe("");
  });

  it("folds the grounds past three, never one standing against a 'no'", async () => {
    const symptoms = ["my heel is numb, red and swollen, I limp and cannot bear weight"];
    const triage = await triageOf(symptoms, [{ id: "limping", present: false }]);
    const lines = groundLines(triage, symptoms);
    expect(lines.length).toBeGreaterThan(3);
    const { shown, folded } = foldGrounds(lines);
    expect(shown.length).toBe(3);
    expect(shown[0]?.reasonId).toBe("limping");
    expect(shown[0]?.standsAgainstNo).toBe(true);
    expect([...shown, ...folded].length).toBe(lines.length);
    const against = lines.map((l) => ({ ...l, standsAgainstNo: true }));
    expect(foldGrounds(against).folded).toEqual([]);
  });
});
