import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import type { Vignette } from "../fixtures/interviewVignettes.js";
import { measureInterviews, share, WITHIN, warningSignsFound } from "./interview.js";
import { realKb } from "./knowledge.js";

/** A held-out vignette set's floors, each a share in 0..1 (regression catches, not targets). */
export interface HeldOutInterviewFloors {
  /** Runners whose condition is first within {@link WITHIN} questions. */
  readonly within: number;
  /** Runners whose condition is first once told everything (reachable). */
  readonly reach: number;
  /** Of the reachable, those first within {@link WITHIN} questions. */
  readonly withinReach: number;
  /** Runners whose condition is still first after question {@link WITHIN}. */
  readonly after: number;
  /** Warning signs the runners have that the interview finds. */
  readonly signs: number;
}

/**
 * The two tests of a held-out vignette set, on the real graph-data: the interview's measures
 * printed and held to `floor`, and the warning signs found, every urgent one triaged URGENT
 * with it as a reason (red flags always win, whatever the floor).
 */
export function describeHeldOutInterviews(
  title: string,
  vignettes: readonly Vignette[],
  floor: HeldOutInterviewFloors,
): void {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await realKb();
  });

  describe(title, () => {
    it(`put the condition first within ${WITHIN} questions, every question counted`, () => {
      expect(vignettes.length).toBeGreaterThanOrEqual(30);
      const m = measureInterviews(kb, vignettes);
      console.log(m.lines.join("\n"));
      expect(m.within / m.total).toBeGreaterThanOrEqual(floor.within);
      expect(m.reach / m.total).toBeGreaterThanOrEqual(floor.reach);
      expect(m.withinReach / m.reach).toBeGreaterThanOrEqual(floor.withinReach);
      expect(m.after / m.total).toBeGreaterThanOrEqual(floor.after);
    });

    it("find the warning signs, and every urgent one is triaged URGENT with it as a reason", () => {
      const checks = warningSignsFound(kb, vignettes);
      const missed = checks.filter((c) => !c.found);
      console.log(
        `warning signs found: ${share(checks.length - missed.length, checks.length)}; missed: ${
          missed.map((c) => `${c.sign} ("${c.v.says}")`).join("; ") || "none"
        }`,
      );
      expect(checks.length).toBeGreaterThan(10);
      expect((checks.length - missed.length) / checks.length).toBeGreaterThanOrEqual(floor.signs);
      for (const c of checks.filter((x) => x.urgent)) {
        expect(c.triage.level, `${c.v.condition}: ${c.sign}`).toBe("URGENT");
        expect(c.triage.reasons.map((e) => e.id)).toContain(c.sign);
      }
    });
  });
}
