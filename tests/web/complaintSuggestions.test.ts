import { describe, expect, it } from "vitest";
import {
  COMPLAINT_SUGGESTIONS,
  complaintSuggestions,
  SUGGESTIONS_ASKED,
} from "../../src/web/complaintSuggestions.js";
import { realKb } from "../helpers/knowledge.js";

describe("what the complaint box suggests", () => {
  it("offers symptoms only, from the service's own completions", async () => {
    const kb = await realKb();
    const kindOf = new Map([...kb.data.entities.values()].map((e) => [e.name, e.kind]));
    for (const prefix of ["ank", "he", "plantar", "achilles", "kn"]) {
      const items = kb.suggest(prefix, SUGGESTIONS_ASKED);
      const offered = complaintSuggestions(items);
      expect(offered.length, prefix).toBeLessThanOrEqual(COMPLAINT_SUGGESTIONS);
      expect(new Set(offered).size, prefix).toBe(offered.length);
      for (const text of offered) {
        const item = items.find((s) => s.text === text);
        expect(item?.entity.kind, `${prefix}: ${text}`).toBe("SYMPTOM");
      }
      // The symptoms among the service's completions come first, in its order.
      const symptoms = items.filter((s) => s.entity.kind === "SYMPTOM").map((s) => s.text);
      expect(offered, prefix).toEqual([...new Set(symptoms)].slice(0, COMPLAINT_SUGGESTIONS));
    }
    // What the trial's runner was offered before: conditions and a treatment.
    const ank = complaintSuggestions(kb.suggest("ank", SUGGESTIONS_ASKED));
    expect(ank.length).toBeGreaterThan(0);
    expect(ank).not.toContain("Ankle sprain");
    expect(kindOf.get("Ankle sprain")).toBe("CONDITION");
    expect(complaintSuggestions(kb.suggest("plantar", SUGGESTIONS_ASKED))).not.toContain(
      "plantar fascia stretch",
    );
  });
});
