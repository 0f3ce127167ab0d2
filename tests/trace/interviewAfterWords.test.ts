import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";

/**
 * What the interview asks after what the runner's words already said (stop 35, from a new
 * runner's trial of the explorer): a sign the words said is not asked again, a sign only
 * partly denied still is, and a question never takes as part of it a sign denied.
 */
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("the interview after what the words said", () => {
  it("asks no question taking as part of it a sign the runner said no to (stop 35)", () => {
    // Asked on its own or offered on the ankle's checklist (a warning sign since stop 37).
    const about = (text: string) =>
      kb.tracer
        .trace([text])
        .questions.flatMap((q) => [q.about.id, ...(q.checklist?.options.map((o) => o.id) ?? [])]);
    expect(about("my ankle hurts after runs")).toContain("sudden-ankle-pain-swelling");
    expect(about("my ankle hurts after runs, not swollen")).not.toContain(
      "sudden-ankle-pain-swelling",
    );
  });

  it("asks no sign again that a sign said takes in (stop 37)", () => {
    const asked = (text: string) =>
      kb.tracer
        .trace([text])
        .questions.flatMap((q) => [q.about.id, ...(q.checklist?.options.map((o) => o.id) ?? [])]);
    expect(asked("my ankle suddenly hurt and swelled up on my run")).not.toContain(
      "ankle-swelling",
    );
    expect(asked("my hip ached first, then my ankle started hurting")).not.toContain("hip-tension");
    // Without the sign that takes them in, they are asked as before.
    expect(asked("my ankle hurts after runs")).toContain("ankle-swelling");
    expect(asked("my ankle hurts after runs")).toContain("hip-tension");
  });

  it("still asks a sign joining several feelings when only one was denied (stop 35)", () => {
    const options = (text: string) =>
      kb.tracer.trace([text]).questions[0]?.checklist?.options.map((o) => o.id) ?? [];
    for (const text of ["my heel hurts, no swelling", "my heel hurts, not swollen or red"]) {
      const t = kb.tracer.trace([text]);
      expect(
        t.absent.map((e) => e.id),
        text,
      ).not.toContain("heel-redness-warmth-swelling");
      expect(options(text), text).toContain("heel-redness-warmth-swelling");
    }
    // Denied whole, it is not there and not asked.
    const whole = "my heel hurts, not swollen, red or warm";
    expect(kb.tracer.trace([whole]).absent.map((e) => e.id)).toContain(
      "heel-redness-warmth-swelling",
    );
    expect(options(whole)).not.toContain("heel-redness-warmth-swelling");
  });

  it("does not ask again a sign of the whole leg said in another sign's words (stop 35)", () => {
    // Sudden, the heel's own sign is read with not bearing weight (said alone, the whole
    // leg's sign and the heel's pain: tests/understand/weightBearing.test.ts).
    const t = kb.tracer.trace(["suddenly can't put weight on my heel"]);
    const ids = t.matched.map((m) => m.entity.id);
    expect(ids).toEqual(["sudden-acute-heel-pain", "cannot-bear-weight"]);
    expect(t.triage.level).toBe("URGENT");
    expect(t.triage.reasons.map((e) => e.id)).toContain("cannot-bear-weight");
    const options = t.questions[0]?.checklist?.options.map((o) => o.id) ?? [];
    expect(options.length).toBeGreaterThan(0);
    expect(options).not.toContain("cannot-bear-weight");
    // Said where the heel's sign was read, it ranks no condition of another part.
    expect(t.conditions.map((c) => c.condition.id)).toEqual(["heel-stress-fracture"]);
    // A limp read as the ankle's own sign too ranks no heel condition (explorer trial #11).
    for (const text of [
      "my ankle is so sore I can't walk properly",
      "I'm limping because of my ankle",
    ])
      expect(
        kb.tracer.trace([text]).conditions.map((c) => c.condition.id),
        text,
      ).not.toContain("heel-stress-fracture");
    // At the ankle, not bearing weight is the ankle's own sign: nothing is added.
    expect(
      kb.tracer.trace(["can't put weight on my ankle"]).matched.map((m) => m.entity.id),
    ).toEqual(["ankle-weight-bearing"]);
  });
});
