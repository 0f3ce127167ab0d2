import { describe, expect, it } from "vitest";
import {
  COMPLAINT_EXAMPLES,
  IF_SEVERE,
  leftOutHint,
  PART_EXAMPLES,
  SEARCH_EXAMPLES,
} from "../../src/web/examples.js";
import { realKb } from "../helpers/knowledge.js";

// What the explorer offers a runner who is stuck must itself work: an example that is not
// understood would send them in a circle.
describe("the explorer's examples", () => {
  it("offers only complaints the reader understands whole", async () => {
    const kb = await realKb();
    for (const complaint of [...COMPLAINT_EXAMPLES, ...PART_EXAMPLES.map((p) => p.example)]) {
      const t = kb.tracer.trace([complaint]);
      expect(t.triage.level, complaint).not.toBe("UNKNOWN");
      expect(t.unmatched, complaint).toEqual([]);
      expect(t.conditions.length, complaint).toBeGreaterThan(0);
    }
  });

  it("offers only searches that find something", async () => {
    const kb = await realKb();
    for (const query of SEARCH_EXAMPLES) {
      expect(kb.searchIndex.search(query).length, query).toBeGreaterThan(0);
    }
  });

  it("tells a runner whose words named a covered part to say how it feels, else that it is not covered", () => {
    for (const p of PART_EXAMPLES) expect(p.words.test(p.example), p.part).toBe(true);
    expect(leftOutHint([])).toBe("");
    expect(leftOutHint(["both shins and my heel"])).toMatch(
      /^You named your heel: .*“my heel hurts”/,
    );
    expect(leftOutHint(["ankle feels wobbly since a trail run"])).toMatch(/your ankle/);
    expect(leftOutHint(["my elbow"])).toMatch(/^It names no part the articles cover/);
    expect(leftOutHint(["asdf", "my elbow"])).toMatch(/^They name no part/);
    // "heels" and "feet", not "wheel" or "feeling".
    expect(leftOutHint(["my heels"])).toMatch(/heel/);
    expect(leftOutHint(["a wheel", "feeling off"])).toMatch(/no part/);
  });

  it("tells a runner whose complaint was left out beside an understood one to see a doctor if it is severe", async () => {
    const kb = await realKb();
    const left = "my toes are numb and blue";
    const t = kb.tracer.trace(["my heel hurts", left]);
    expect(t.unmatched).toEqual([left]);
    // The same line as the advice given when nothing at all is understood.
    const alone = kb.tracer.trace([left]);
    expect(alone.triage.level).toBe("UNKNOWN");
    expect(alone.triage.advice).toContain(IF_SEVERE);
    expect(leftOutHint(t.unmatched)).toMatch(
      /cannot help\. Whatever it is, see a doctor if it is severe\.$/,
    );
    for (const u of [["my heel"], ["my elbow"], ["asdf", "my elbow"]]) {
      expect(leftOutHint(u), u.join()).toMatch(/see a doctor if it is severe\.$/);
    }
  });
});
