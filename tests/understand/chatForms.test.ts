import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";

// Stop 41: a chat typed out with who speaks ("App: ... Me: ...") reads as the checklist it
// is, and a checklist's unticked boxes say nothing. Sentences written for this test, not
// taken from any held-out set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("a typed-out chat with who speaks", () => {
  it("reads each answer to the app's question", () => {
    const text =
      "App: Any tingling? Me: no. App: Swelling or redness? Me: nope. Me: my right heel aches after long runs";
    const ids = matchedIds(kb, text);
    expect(ids).toContain("-heel-numbness-tingling");
    expect(ids).not.toContain("+heel-numbness-tingling");
    expect(ids).not.toContain("+heel-redness-warmth-swelling");
    expect(triageLevel(kb, text)).not.toBe("URGENT");
    const yes = "App: Any numbness in the heel? Me: yes, since Sunday";
    expect(matchedIds(kb, yes)).toContain("+heel-numbness-tingling");
    expect(triageLevel(kb, yes)).toBe("URGENT");
  });

  it("keeps 'me' and 'app' said as words", () => {
    expect(matchedIds(kb, "the app told me: my heel is numb")).toContain("+heel-numbness-tingling");
  });
});

describe("a checklist's boxes", () => {
  it("reads what is ticked and not what is left empty, boxes before or after their words", () => {
    for (const text of [
      "Heel, tick what applies\n[x] numb\n[ ] swollen\n[x] sore after runs",
      "heel numb [x] swollen [ ] sore after runs [x]",
      "Heel: [ ] swollen [x] numb [x] sore after runs",
    ]) {
      const ids = matchedIds(kb, text);
      expect(ids, text).toContain("+heel-numbness-tingling");
      expect(ids, text).not.toContain("+heel-redness-warmth-swelling");
    }
    const none = "Heel: [ ] numb [ ] swollen [x] sore after runs";
    expect(matchedIds(kb, none)).not.toContain("+heel-numbness-tingling");
    expect(triageLevel(kb, none)).toBe("SELF_CARE");
  });
});

describe("a form's fields between slashes", () => {
  it("reads each field's answer, and a list between slashes as a list", () => {
    const form =
      "Site: heel / Side: R / Numbness: no / Swelling: no / Notes: aches after long runs";
    const ids = matchedIds(kb, form);
    expect(ids).toContain("-heel-numbness-tingling");
    expect(ids).not.toContain("+heel-redness-warmth-swelling");
    expect(triageLevel(kb, form)).toBe("SELF_CARE");
    expect(matchedIds(kb, "Any swelling? none at all. Right heel sore after runs")).not.toContain(
      "+heel-redness-warmth-swelling",
    );
    expect(matchedIds(kb, "heel / ankle / achilles all numb")).toContain("+heel-numbness-tingling");
  });
});
