import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { fixtureKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await fixtureKb();
});

describe("trace on the fixture graph", () => {
  it("matches free text and ids, and lists what it did not understand", () => {
    const r = kb.tracer.trace(["stabbing pain under my heel", "heel-pain-running", "sore throat"]);
    expect(r.matched.map((m) => [m.entity.id, m.method])).toEqual([
      ["stabbing-heel", "TEXT"],
      ["heel-pain-running", "ID"],
    ]);
    expect(r.unmatched).toEqual(["sore throat"]);
  });

  it("ranks the condition with the specific symptom first", () => {
    const r = kb.tracer.trace(["stabbing-heel", "heel-pain-running"]);
    expect(r.conditions.map((c) => c.condition.id)).toEqual(["heel-ache", "heel-crack"]);
    expect(r.conditions[0]?.matchedSymptoms.map((e) => e.id)).toEqual([
      "stabbing-heel",
      "heel-pain-running",
    ]);
    expect(r.conditions[0]?.score).toBeGreaterThan(r.conditions[1]?.score ?? 1);
  });

  it("traces a heel complaint up the chain to the tight hip and its cause", () => {
    const r = kb.tracer.trace(["stabbing-heel"]);
    const causes = r.rootCauses.map((c) => c.cause.id);
    expect(causes).toContain("tight-hip");
    expect(causes).toContain("tired-hip");
    const hip = r.rootCauses.find((c) => c.cause.id === "tight-hip");
    const path = hip?.paths[0];
    expect(path?.steps[0]?.from.id).toBe("stabbing-heel");
    expect(path?.steps.at(-1)?.to.id).toBe("tight-hip");
    expect(path?.steps.map((s) => s.edge.relation)).toEqual(["PRESENTS_WITH", "CAUSES", "CAUSES"]);
  });

  it("reaches the hip from a knee complaint too", () => {
    const r = kb.tracer.trace(["pain on the inside of the knee"]);
    expect(r.conditions[0]?.condition.id).toBe("knee-strain");
    expect(r.rootCauses.map((c) => c.cause.id)).toContain("tight-hip");
  });

  it("is URGENT when a red flag is reported, whatever else is", () => {
    const r = kb.tracer.trace(["stabbing-heel", "numbness in the heel"]);
    expect(r.triage.level).toBe("URGENT");
    expect(r.triage.reasons.map((e) => e.id)).toEqual(["heel-numbness"]);
    expect(r.triage.advice).toContain("doctor");
  });

  it("sends to a doctor when a leading condition or symptom calls for it", () => {
    expect(kb.tracer.trace(["heel-crack"]).triage.level).toBe("SEE_DOCTOR");
    expect(kb.tracer.trace(["pain-not-easing"]).triage).toMatchObject({ level: "SEE_DOCTOR" });
    expect(kb.tracer.trace(["inner-knee-pain"]).triage.level).toBe("SELF_CARE");
  });

  it("plans treatments by phase, each once, with what it addresses", () => {
    const r = kb.tracer.trace(["stabbing-heel", "doubled my mileage"]);
    const phases = r.treatments.map((t) => t.treatment.phase);
    expect(phases).toEqual(
      [...phases].sort(
        (a, b) =>
          ["RELIEF", "ROOT_CAUSE", "PREVENTION", "MEDICAL"].indexOf(a) -
          ["RELIEF", "ROOT_CAUSE", "PREVENTION", "MEDICAL"].indexOf(b),
      ),
    );
    const ids = r.treatments.map((t) => t.treatment.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["ice", "hip-release", "ten-percent"]));
    expect(
      r.treatments.find((t) => t.treatment.id === "ten-percent")?.addresses.map((e) => e.id),
    ).toEqual(["mileage-jump"]);
  });

  it("always carries the disclaimer", () => {
    expect(kb.tracer.trace(["nothing at all here"]).disclaimer).toMatch(/not a diagnosis/);
  });
});
