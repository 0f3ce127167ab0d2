import { describe, expect, it } from "vitest";
import { COMPLAINT_EXAMPLES, SEARCH_EXAMPLES } from "../../src/web/examples.js";
import { realKb } from "../helpers/knowledge.js";

// What the explorer offers a runner who is stuck must itself work: an example that is not
// understood would send them in a circle.
describe("the explorer's examples", () => {
  it("offers only complaints the reader understands whole", async () => {
    const kb = await realKb();
    for (const complaint of COMPLAINT_EXAMPLES) {
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
});
