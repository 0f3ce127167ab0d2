import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { HELDOUT_VIGNETTES_2 } from "../fixtures/heldoutVignettes2.js";
import { measureInterviews, share, WITHIN, warningSignsFound } from "../helpers/interview.js";
import { realKb } from "../helpers/knowledge.js";

/**
 * Floors a little under the first run on the second held-out vignettes (session 27, written
 * blind to the model and committed before it ran), against regression only: the model is never
 * fitted to these runners. First run, on main at 9659152: first within 3 questions 24/38 (63%);
 * reachable 26/38 (68%); of the reachable 24/26 (92%); still first after question 3 23/38 (61%);
 * mean 2.03 questions, 7.21 answers; warning signs found 37/37. As first committed, six runners
 * also had the place-less `swelling` sign (found 37/43, and the urgent check failed on it); its
 * removal (see the fixture's header) left every interview figure unchanged. Raised at the end
 * of session 27 a little under the measure of that stop's interview change, made blind to
 * these runners: 32/38 (84%); reachable 29/38; of the reachable 27/29; still first after
 * question 3 29/38; warning signs 37/37.
 */
const FLOOR = { within: 0.78, reach: 0.71, withinReach: 0.88, after: 0.7, signs: 0.9 };

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("simulated interviews on the second held-out vignettes (written blind to the model)", () => {
  it(`put the condition first within ${WITHIN} questions, every question counted`, () => {
    expect(HELDOUT_VIGNETTES_2.length).toBeGreaterThanOrEqual(30);
    const m = measureInterviews(kb, HELDOUT_VIGNETTES_2);
    console.log(m.lines.join("\n"));
    expect(m.within / m.total).toBeGreaterThanOrEqual(FLOOR.within);
    expect(m.reach / m.total).toBeGreaterThanOrEqual(FLOOR.reach);
    expect(m.withinReach / m.reach).toBeGreaterThanOrEqual(FLOOR.withinReach);
    expect(m.after / m.total).toBeGreaterThanOrEqual(FLOOR.after);
  });

  it("find the warning signs, and every urgent one is triaged URGENT with it as a reason", () => {
    const checks = warningSignsFound(kb, HELDOUT_VIGNETTES_2);
    const missed = checks.filter((c) => !c.found);
    console.log(
      `warning signs found: ${share(checks.length - missed.length, checks.length)}; missed: ${
        missed.map((c) => `${c.sign} ("${c.v.says}")`).join("; ") || "none"
      }`,
    );
    expect(checks.length).toBeGreaterThan(10);
    expect((checks.length - missed.length) / checks.length).toBeGreaterThanOrEqual(FLOOR.signs);
    // Red flags always win: an urgent sign the runner has is never left below URGENT.
    for (const c of checks.filter((x) => x.urgent)) {
      expect(c.triage.level, `${c.v.condition}: ${c.sign}`).toBe("URGENT");
      expect(c.triage.reasons.map((e) => e.id)).toContain(c.sign);
    }
  });
});
