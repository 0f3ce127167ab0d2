import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { HELDOUT_VIGNETTES } from "../fixtures/heldoutVignettes.js";
import { measureInterviews, share, WITHIN, warningSignsFound } from "../helpers/interview.js";
import { realKb } from "../helpers/knowledge.js";

/**
 * Floors a little under the first run on the held-out vignettes (session 26, written blind to
 * the model and committed before it ran), against regression only: the model is never fitted
 * to these runners. First run: first within 3 questions 29/36; reachable 31/36; of the
 * reachable 29/31; still first after question 3 28/36; warning signs found 30/31. Raised in
 * session 27 a little under that stop's end (the chain's presentations and the tie questions,
 * fixed by category, not from these runners): 34/36; reachable 33/36; of the reachable 32/33;
 * still first after question 3 32/36; warning signs 32/32.
 */
const FLOOR = { within: 0.88, reach: 0.86, withinReach: 0.9, after: 0.83, signs: 0.9 };

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("simulated interviews on held-out vignettes (written blind to the model)", () => {
  it(`put the condition first within ${WITHIN} questions, every question counted`, () => {
    expect(HELDOUT_VIGNETTES.length).toBeGreaterThanOrEqual(30);
    const m = measureInterviews(kb, HELDOUT_VIGNETTES);
    console.log(m.lines.join("\n"));
    expect(m.within / m.total).toBeGreaterThanOrEqual(FLOOR.within);
    expect(m.reach / m.total).toBeGreaterThanOrEqual(FLOOR.reach);
    expect(m.withinReach / m.reach).toBeGreaterThanOrEqual(FLOOR.withinReach);
    expect(m.after / m.total).toBeGreaterThanOrEqual(FLOOR.after);
  });

  it("find the warning signs, and every urgent one is triaged URGENT with it as a reason", () => {
    const checks = warningSignsFound(kb, HELDOUT_VIGNETTES);
    const found = checks.filter((c) => c.found);
    console.log(
      `warning signs found: ${share(found.length, checks.length)}; missed: ${
        checks
          .filter((c) => !c.found)
          .map((c) => `${c.sign} ("${c.v.says}")`)
          .join("; ") || "none"
      }`,
    );
    expect(checks.length).toBeGreaterThan(10);
    expect(found.length / checks.length).toBeGreaterThanOrEqual(FLOOR.signs);
    // Red flags always win: an urgent sign the runner has is never left below URGENT.
    for (const c of checks.filter((x) => x.urgent)) {
      expect(c.triage.level, `${c.v.condition}: ${c.sign}`).toBe("URGENT");
      expect(c.triage.reasons.map((e) => e.id)).toContain(c.sign);
    }
  });
});
