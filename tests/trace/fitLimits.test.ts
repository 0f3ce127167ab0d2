import { beforeAll, describe, expect, it } from "vitest";
import { edgesAt } from "../../src/graph/index.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import {
  ConditionModel,
  type Evidence,
  FitLimits,
  LIMITED_FIT,
  type TraceResult,
} from "../../src/trace/index.js";
import { isFirst, MAX_ASKED, simulateInterview } from "../helpers/interview.js";
import { realKb } from "../helpers/knowledge.js";

/**
 * Session 34's explorer findings #2 and #4: a warning sign alone, or a complaint whose
 * condition's defining sign was denied, is never shown as a strong fit, and the interview
 * does not stop on such a condition.
 */
let kb: KnowledgeBase;
let limits: FitLimits;
beforeAll(async () => {
  kb = await realKb();
  limits = new FitLimits(kb.graph, new ConditionModel(kb.graph));
});

const warningSigns = () =>
  [...kb.data.entities.values()].filter(
    (e) => e.kind === "SYMPTOM" && (e.redFlag || e.warningSignOf !== null),
  );

/** Every answer a runner gives to the trace's checklist: no to each sign it lists. */
function noToChecklist(t: TraceResult): Evidence[] {
  const q = t.questions[0];
  if (q?.checklist == null) throw new Error("expected the warning-sign checklist first");
  return q.checklist.options.map((o) => ({ id: o.id, present: false }));
}

describe("a warning sign alone", () => {
  it("makes no condition more than a limited fit, and triage stays URGENT", () => {
    const t = kb.tracer.trace(["I'm limping"]);
    expect(t.triage.level).toBe("URGENT");
    expect(t.conditions[0]?.condition.id).toBe("heel-stress-fracture");
    expect(t.conditions[0]?.score).toBe(LIMITED_FIT);
  });

  it("limits every condition whatever the sign, given by id", () => {
    const signs = warningSigns();
    expect(signs.length).toBeGreaterThan(5);
    for (const s of signs) {
      const top = kb.tracer.trace([s.id]).conditions[0];
      expect({ [s.id]: (top?.score ?? 0) <= LIMITED_FIT }).toEqual({ [s.id]: true });
    }
  });

  it("does not limit a condition the complaint supports besides the signs", () => {
    const t = kb.tracer.trace(["my heel hurts", "sudden-acute-heel-pain", "limping"]);
    expect(t.triage.level).toBe("URGENT");
    expect(t.conditions[0]?.condition.id).toBe("heel-stress-fracture");
    expect(t.conditions[0]?.score).toBeGreaterThan(LIMITED_FIT);
  });
});

describe("causes alone (stop 35)", () => {
  it("make no condition more than a limited fit, given by id or in words", () => {
    const causes = [...kb.data.entities.values()].filter((e) => e.kind === "CAUSE");
    expect(causes.length).toBeGreaterThan(5);
    for (const c of causes) {
      const top = kb.tracer.trace([c.id]).conditions[0];
      expect({ [c.id]: (top?.score ?? 0) <= LIMITED_FIT }).toEqual({ [c.id]: true });
    }
    const t = kb.tracer.trace(["I run on concrete every day"]);
    expect(t.conditions[0]?.score).toBe(LIMITED_FIT);
  });

  it("beside a complaint the articles place nowhere leave the answer UNKNOWN, never SELF_CARE", () => {
    for (const text of [
      "I run on concrete every day and my shins hurt",
      "my shoes are worn and my calves cramp",
    ]) {
      const t = kb.tracer.trace([text]);
      expect(t.matched.length, text).toBeGreaterThan(0);
      expect(t.unplaced.length, text).toBeGreaterThan(0);
      expect(t.triage.level, text).toBe("UNKNOWN");
      // Its conditions are of other parts than the one that hurts: none is ranked.
      expect(t.conditions, text).toEqual([]);
    }
    // A complaint the articles place keeps its level beside the cause.
    expect(
      kb.tracer.trace(["I run on concrete every day and my heel hurts"]).triage.level,
    ).not.toBe("UNKNOWN");
  });
});

describe("a condition's defining sign", () => {
  it("is the sign the heel article names first for each heel condition", () => {
    expect(limits.definingSign("plantar-fasciitis")?.id).toBe("stabbing-pain-under-heel");
    expect(limits.definingSign("achilles-tendinitis")?.id).toBe("stabbing-pain-above-heel");
    expect(limits.definingSign("heel-stress-fracture")?.id).toBe("heel-pain-worse-when-running");
  });

  it("is one of its symptoms, and one no other condition shares when it has such", () => {
    const sharers = (id: string) => edgesAt(kb.graph, id, "INCOMING", ["PRESENTS_WITH"]).length;
    let checked = 0;
    for (const e of kb.data.entities.values()) {
      if (e.kind !== "CONDITION") continue;
      const own = edgesAt(kb.graph, e.id, "OUTGOING", ["PRESENTS_WITH"]).map((x) => x.other.id);
      const sign = limits.definingSign(e.id);
      expect({ [e.id]: sign === null }).toEqual({ [e.id]: own.length === 0 });
      if (sign === null) continue;
      expect(own).toContain(sign.id);
      if (own.some((id) => sharers(id) === 1))
        expect({ [e.id]: sharers(sign.id) }).toEqual({ [e.id]: 1 });
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("denied, limits its condition's fit and the interview asks on (finding #4)", () => {
    const says = ["my heel hurts"];
    const evidence = noToChecklist(kb.tracer.trace(says, { questions: 1 }));
    evidence.push({ id: "stabbing-pain-under-heel", present: false });
    evidence.push({ id: "heel-pain-worst-in-morning", present: true });
    const t = kb.tracer.trace(says, { evidence });
    expect(t.conditions[0]?.condition.id).toBe("plantar-fasciitis");
    expect(t.conditions[0]?.score).toBe(LIMITED_FIT);
    expect(t.questions.length).toBeGreaterThan(0);
  });

  it("confirmed, leaves the fit whole", () => {
    const says = ["my heel hurts"];
    const evidence = noToChecklist(kb.tracer.trace(says, { questions: 1 }));
    evidence.push({ id: "stabbing-pain-under-heel", present: true });
    const t = kb.tracer.trace(says, { evidence });
    expect(t.conditions[0]?.condition.id).toBe("plantar-fasciitis");
    expect(t.conditions[0]?.score).toBeGreaterThan(LIMITED_FIT);
  });
});

describe("scripted honest interviews from 'my heel hurts'", () => {
  const truths = [
    { condition: "plantar-fasciitis", findings: ["stabbing-pain-under-heel"] },
    { condition: "plantar-fasciitis", findings: ["heel-pain-returns-after-long-runs"] },
    {
      condition: "achilles-tendinitis",
      findings: ["stabbing-pain-above-heel", "achilles-stiffness-start-of-run"],
    },
    // The explorer's runner: a yes to "worst in the morning", which Achilles stiffness felt
    // then can prompt, must not settle it as plantar fasciitis.
    {
      condition: "achilles-tendinitis",
      findings: ["stabbing-pain-above-heel", "heel-pain-worst-in-morning"],
    },
  ];
  for (const truth of truths) {
    it(`put ${truth.condition} first for ${truth.findings.join(", ")}`, () => {
      const run = simulateInterview(kb, { says: "my heel hurts", ...truth });
      expect(run.ledAt).not.toBeNull();
      expect(run.asked).toBeLessThanOrEqual(MAX_ASKED);
      expect(isFirst(run.t, truth.condition)).toBe(true);
    });
  }
});
