import { describe, expect, it } from "vitest";
import type { TriageLevel } from "../../src/web/generated/operations.js";
import {
  aboutThem,
  askedOnly,
  bannerHeading,
  checklistForThem,
  focusAfterAnswer,
  headOrder,
  heardNews,
  keptOnError,
  notWeighedHeard,
  theirsOnly,
  urgentCardNote,
} from "../../src/web/triageFirst.js";
import { realKb } from "../helpers/knowledge.js";

const LEVELS: readonly TriageLevel[] = ["URGENT", "SEE_DOCTOR", "SELF_CARE", "UNKNOWN"];

describe("red flags first on screen", () => {
  it("puts an URGENT banner above the one-line answer, and every banner above the question", () => {
    expect(headOrder("URGENT").slice(0, 2)).toEqual(["banner", "disclaimer"]);
    for (const level of LEVELS) {
      const order = headOrder(level);
      expect(new Set(order).size).toBe(6);
      expect(order.indexOf("unmatched")).toBeLessThan(order.indexOf("question"));
      expect(order.indexOf("banner")).toBeLessThan(order.indexOf("question"));
      // The not-medical-advice line comes with the triage, before any question.
      expect(order.slice(0, 3)).toContain("disclaimer");
      if (level !== "URGENT") expect(order[0]).toBe("line");
    }
  });

  it("moves the focus to the banner when an answer sends the runner to a doctor, else on with the questions", () => {
    for (const previous of [null, ...LEVELS]) {
      expect(focusAfterAnswer(previous, "URGENT", true)).toBe(
        previous === "URGENT" ? "question" : "banner",
      );
    }
    expect(focusAfterAnswer("URGENT", "URGENT", false)).toBe("line");
    // A doctor newly advised is news too; a step down (or no doctor) is not.
    expect(focusAfterAnswer("SELF_CARE", "SEE_DOCTOR", true)).toBe("banner");
    expect(focusAfterAnswer("UNKNOWN", "SEE_DOCTOR", true)).toBe("banner");
    expect(focusAfterAnswer("SEE_DOCTOR", "SEE_DOCTOR", true)).toBe("question");
    expect(focusAfterAnswer("URGENT", "SEE_DOCTOR", true)).toBe("question");
    for (const now of ["SELF_CARE", "UNKNOWN"] as const) {
      expect(focusAfterAnswer("SELF_CARE", now, true)).toBe("question");
      expect(focusAfterAnswer(null, now, true)).toBe("question");
      expect(focusAfterAnswer("URGENT", now, false)).toBe("line");
    }
  });

  it("keeps a doctor's banner through an error, and only a doctor's", () => {
    expect(LEVELS.filter(keptOnError)).toEqual(["URGENT", "SEE_DOCTOR"]);
    expect(keptOnError(null)).toBe(false);
  });

  it("takes conditions ranked with no complaint (a question) as asked about, never a fit", () => {
    expect(askedOnly({ triage: { level: "UNKNOWN" }, conditions: [{}] })).toBe(true);
    expect(askedOnly({ triage: { level: "UNKNOWN" }, conditions: [] })).toBe(false);
    for (const level of LEVELS.filter((l) => l !== "UNKNOWN")) {
      expect(askedOnly({ triage: { level }, conditions: [{}] })).toBe(false);
    }
  });

  it("tells the runner on an URGENT card that no answer takes the doctor back", () => {
    expect(urgentCardNote("URGENT")).toMatch(/doctor right away: no answer here takes that back/);
    for (const level of LEVELS.filter((l) => l !== "URGENT")) {
      expect(urgentCardNote(level)).toBeNull();
    }
  });

  it("heads self-care resting on stop-and-rest signs with stopping, never self-care because of them", async () => {
    // The ankle article's signs are a cue to stop running and rest: they are the reasons.
    const { triage } = (await realKb()).tracer.trace(["my ankle is hot and swollen"]);
    expect(triage.level).toBe("SELF_CARE");
    expect(triage.reasons.length).toBeGreaterThan(0);
    expect(triage.advice).toMatch(/^Stop running now/);
    for (const pending of [false, true]) {
      const heading = bannerHeading("SELF_CARE", triage.reasons.length, pending, false);
      expect(heading).toMatch(/^Stop running and rest/);
      expect(heading).not.toMatch(/self-care/i);
    }
    expect(bannerHeading("SELF_CARE", 1, true, false)).toMatch(/warning signs below/);
    // Self-care with no reason, and the other levels, are headed as before.
    expect(bannerHeading("SELF_CARE", 0, false, false)).toBe("Self-care first");
    expect(bannerHeading("SELF_CARE", 0, true, false)).toBe(
      "Self-care first, unless a warning sign below applies",
    );
    for (const reasons of [0, 2]) {
      expect(bannerHeading("URGENT", reasons, true, false)).toBe("See a doctor right away");
      expect(bannerHeading("SEE_DOCTOR", reasons, true, false)).toBe("See a doctor about this");
    }
    expect(bannerHeading("UNKNOWN", 0, false, false)).toBe("Not understood");
    // Words read but placed nowhere ("my shins hurt") were read: not "not understood".
    expect(bannerHeading("UNKNOWN", 0, false, false, false, true)).not.toBe("Not understood");
    expect(bannerHeading("UNKNOWN", 0, false, true)).toMatch(/^No triage yet/);
  });

  it("tells a screen reader each trace's news once, in the order the screen shows it", () => {
    const news = {
      heading: "H",
      grounds: "Because of your words “x”.",
      line: "Most likely: A. Next: B.",
      note: "",
      next: "Q?",
    };
    // URGENT: its heading first, as its banner is seen first (and read as an alert).
    expect(heardNews({ ...news, level: "URGENT" })).toBe(
      "H. Because of your words “x”. Most likely: A. Next: B. Next question: Q?",
    );
    // The others: the one line, then the banner's heading, which is no live region of its
    // own (it would be read twice, or not at all when inserted whole).
    for (const level of LEVELS.filter((l) => l !== "URGENT")) {
      expect(heardNews({ ...news, level })).toBe(
        "Most likely: A. Next: B. H. Because of your words “x”. Next question: Q?",
      );
    }
    expect(heardNews({ ...news, level: "UNKNOWN", heading: "", grounds: "", next: "" })).toBe(
      "Most likely: A. Next: B.",
    );
  });

  it("tells a screen reader what was left out or not placed, quoted, unless the banner says it", () => {
    expect(notWeighedHeard(["my elbow"], ["numb"], false)).toBe(
      "Left out, not understood: “my elbow”. Read but not placed: “numb”.",
    );
    // Nothing understood at all: "Not understood" is the banner's heading, heard already.
    expect(notWeighedHeard(["asdf"], [], true)).toBe("");
    expect(notWeighedHeard([], [], false)).toBe("");
  });

  it("says an URGENT only for another person's sign is theirs, on the banner and the card", async () => {
    const kb = await realKb();
    const triageOf = (inputs: string[]) => kb.tracer.trace(inputs).triage;
    const theirs = triageOf(["my heel hurts", "my wife's heel is numb"]);
    const mine = triageOf(["my heel is numb", "my wife's heel is numb"]);
    expect([theirs.level, mine.level]).toEqual(["URGENT", "URGENT"]);
    expect(theirsOnly(theirs)).toBe(true);
    expect(theirsOnly(mine)).toBe(false);
    expect(theirsOnly(triageOf(["my heel is numb"]))).toBe(false);
    expect(theirsOnly(triageOf(["my wife's heel is numb"]))).toBe(true);
    expect(bannerHeading("URGENT", 1, false, false, true)).not.toBe(
      bannerHeading("URGENT", 1, false, false, false),
    );
    expect(urgentCardNote("URGENT", true)).not.toBe(urgentCardNote("URGENT"));
    expect(urgentCardNote("SELF_CARE", true)).toBeNull();
    // An answer only about another person says whom it is for; URGENT says it its own way,
    // and nothing understood is for no one.
    expect(bannerHeading("SELF_CARE", 1, false, false, false, false, true)).toBe(
      "For the person you described: stop running and rest",
    );
    expect(bannerHeading("SEE_DOCTOR", 0, false, false, false, false, true)).toBe(
      "For the person you described: see a doctor about this",
    );
    expect(bannerHeading("UNKNOWN", 0, false, false, false, false, true)).toBe("Not understood");
    expect(bannerHeading("URGENT", 1, false, false, true, false, true)).toMatch(/^Someone else's/);
    // Only about her: the questions are answered for her, not for the runner.
    const trace = (inputs: string[]) => kb.tracer.trace(inputs);
    expect(aboutThem(trace(["my wife's heel is numb"]))).toBe(true);
    expect(aboutThem(trace(["my heel hurts", "my wife's heel is numb"]))).toBe(false);
    expect(aboutThem(trace(["qwzx"]))).toBe(false);
    expect(urgentCardNote("URGENT", true, true)).not.toBe(urgentCardNote("URGENT", true));
    // Review s30 H5: the runner's own feeling placed nowhere beside her sign ("my knee is
    // swollen") is the runner's to see a doctor about: neither only hers nor only about her.
    for (const inputs of [
      ["my wife's heel is numb and my knee is swollen"],
      ["my wife's heel is numb", "my knee is swollen"],
    ]) {
      const t = trace(inputs);
      expect(t.triage.level, inputs.join(" / ")).toBe("URGENT");
      expect(theirsOnly(t.triage), inputs.join(" / ")).toBe(true);
      expect(theirsOnly(t.triage, t.unplaced), inputs.join(" / ")).toBe(false);
      expect(aboutThem(t), inputs.join(" / ")).toBe(false);
    }
    // Her own feeling placed nowhere is no reason of the runner's.
    expect(theirsOnly(triageOf(["my wife's heel is numb"]), [{ whose: "SOMEONE_ELSE" }])).toBe(
      true,
    );
  });
});

describe("a checklist about the person described", () => {
  it("asks the service's checklist about them, never 'do you have'", async () => {
    const kb = await realKb();
    const t = kb.tracer.trace(["my daughter's ankle is swollen"], { questions: 5 });
    const text = t.questions.find((q) => q.checklist)?.checklist?.text ?? "";
    expect(text).toMatch(/^Do you have /);
    const theirs = checklistForThem(text);
    expect(theirs).toMatch(/^Any of these\b/);
    expect(theirs).not.toMatch(/\byou\b|\byour\b/i);
    expect(checklistForThem("Which of these applies to you?")).toBe("Any of these?");
  });
});
