import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import type { TraceResult } from "../../src/trace/index.js";
import { realKb } from "../helpers/knowledge.js";

// Whose body a trace answers about (product decision 2026-12-01): the body described. Beside
// the runner's own report, another person's warning sign raises triage (red flags win) but
// ranks none of the runner's conditions or root causes. Sentences written for this test.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const RUNNER = "my heel hurts first thing in the morning";
const THEIRS = "my flatmate can't put any weight on her heel";

/** What a trace ranked: conditions and root causes with their scores. */
const ranking = (t: TraceResult) => ({
  conditions: t.conditions.map((c) => [c.condition.id, c.score]),
  rootCauses: t.rootCauses.map((r) => [r.cause.id, r.score]),
});

describe("another person's warning sign beside the runner's own report", () => {
  it("raises triage but ranks as the runner's report alone", () => {
    const alone = kb.tracer.trace([RUNNER]);
    for (const inputs of [[`${RUNNER}, and ${THEIRS}`], [RUNNER, THEIRS], [THEIRS, RUNNER]]) {
      const t = kb.tracer.trace(inputs);
      expect(t.triage.level, inputs.join(" / ")).toBe("URGENT");
      const sign = t.matched.find((m) => m.entity.id === "cannot-bear-weight");
      expect(sign?.whose).toBe("SOMEONE_ELSE");
      expect(ranking(t)).toEqual(ranking(alone));
    }
    expect(alone.triage.level).not.toBe("URGENT");
  });

  it("is kept when the runner answers no for themself, and is the runner's on a yes", () => {
    const inputs = [`${RUNNER}, and ${THEIRS}`];
    const no = kb.tracer.trace(inputs, {
      evidence: [{ id: "cannot-bear-weight", present: false }],
    });
    expect(no.triage.level).toBe("URGENT");
    expect(no.absent.map((e) => e.id)).toContain("cannot-bear-weight");
    const yes = kb.tracer.trace(inputs, {
      evidence: [{ id: "cannot-bear-weight", present: true }],
    });
    expect(yes.matched.find((m) => m.entity.id === "cannot-bear-weight")?.whose).toBe("RUNNER");
    expect(ranking(yes)).toEqual(ranking(kb.tracer.trace([RUNNER, "cannot-bear-weight"])));
  });

  it("gives way to the runner's own report of the same sign", () => {
    const t = kb.tracer.trace([THEIRS, "my heel went numb and I can't put weight on it"]);
    const sign = t.matched.filter((m) => m.entity.id === "cannot-bear-weight");
    expect(sign.map((m) => m.whose)).toEqual(["RUNNER"]);
  });
});

describe("advice for another person's warning sign is theirs", () => {
  /** The heel list's own advice, worded for the runner's heel. */
  const heelList = () => {
    const e = kb.data.entities.get("see-a-doctor-right-away");
    return e?.kind === "ADVICE" ? e.answer : "";
  };

  it("says the sign is theirs and keeps the runner's own advice, in one text, several texts and after answers", () => {
    const own = kb.tracer.trace([RUNNER]).triage;
    const said = "my wife's heel has gone numb";
    const cases: [string[], { id: string; present: boolean }[]][] = [
      [[`${RUNNER}, and ${said}`], []],
      [[RUNNER, said], []],
      [[said, RUNNER], []],
      // The runner's no is about the runner: her sign stands, still hers.
      [[RUNNER, said], [{ id: "heel-numbness-tingling", present: false }]],
    ];
    for (const [inputs, evidence] of cases) {
      const t = kb.tracer.trace(inputs, { evidence }).triage;
      const label = `${inputs.join(" / ")} ${JSON.stringify(evidence)}`;
      expect(t.level, label).toBe("URGENT");
      expect(t.advice, label).not.toContain(heelList());
      expect(t.advice, label).toMatch(/^What you describe of your wife \(/);
      // The runner's own complaint keeps the advice it has alone: her sign moves none of it.
      expect(t.advice.endsWith(` ${own.advice}`), label).toBe(true);
      for (const g of t.grounds)
        expect(g.explanation, label).toContain("(your wife), and about you too if you have it");
    }
    // A yes makes it the runner's own too: then the list's advice is the runner's.
    const yes = kb.tracer.trace([RUNNER, said], {
      evidence: [{ id: "heel-numbness-tingling", present: true }],
    }).triage;
    expect(yes.advice).toBe(heelList());
  });

  it("words a report only about another person for them, at every level", () => {
    const urgent = kb.tracer.trace([THEIRS]).triage;
    expect(urgent.level).toBe("URGENT");
    expect(urgent.advice).not.toContain(heelList());
    expect(urgent.advice).toMatch(/^What you describe of someone else \(/);
    const ankle = kb.tracer.trace(["my wife's ankle is swollen"]).triage;
    expect(ankle.level).toBe("SELF_CARE");
    expect(ankle.advice).toMatch(
      /^What you describe is your wife's, so this is for them, and for you too if you have any of it yourself: /,
    );
    // The runner's own report is worded for the runner, as before.
    expect(kb.tracer.trace(["my ankle is swollen"]).triage.advice).not.toMatch(/for them/);
  });

  it("never tells the runner a sign is not theirs: the reader may have given theirs to another", () => {
    // Review s30 H4: each said "theirs, not yours" of a sign the runner has too.
    for (const said of [
      "my friend's heel is numb and so is my heel",
      "my brother's heel went numb and then mine did too",
      "my mum's heel went numb last year and now mine is numb",
      "my friend is limping and I can't put weight on my heel",
      "my friend's ankle is swollen and I can't walk on mine",
      "my running buddy can't put weight on his foot, I can't either",
    ]) {
      const t = kb.tracer.trace([said]).triage;
      expect(t.advice, said).not.toMatch(/not yours|not you\b/);
      for (const g of t.grounds) expect(g.explanation, said).not.toMatch(/not yours|not you\b/);
      // The reader now gives the runner's part to the runner (mend-owners): the sign that
      // sets the level is the runner's own, and so is the advice.
      const own = t.grounds.filter((g) => g.whose === "RUNNER").map((g) => g.words?.text ?? "");
      expect(own.length, said).toBeGreaterThan(0);
      for (const words of own) expect(said.indexOf(words), said).toBeGreaterThan(10);
      expect(t.level, said).toBe(said.includes("ankle") ? "SEE_DOCTOR" : "URGENT");
      expect(t.advice, said).not.toMatch(/^What you describe/);
    }
  });

  it("keeps the runner's own feeling placed nowhere beside another person's urgent sign", () => {
    // Review s30 H5: the runner's swollen knee was dropped, only the wife's advice given.
    for (const inputs of [
      ["my wife's heel is numb and my knee is swollen"],
      ["my wife's heel is numb", "my knee is swollen"],
    ]) {
      const t = kb.tracer.trace(inputs);
      const label = inputs.join(" / ");
      expect(t.triage.level, label).toBe("URGENT");
      expect(t.unplaced, label).toMatchObject([{ whose: "RUNNER", urgentElsewhere: true }]);
      expect(t.triage.advice, label).toMatch(/^What you describe of your wife \(/);
      expect(t.triage.advice, label).toContain(
        ` For your own complaint: ${t.unplaced[0]?.explanation}`,
      );
      expect(t.triage.advice, label).toContain("have a doctor or physical therapist look at it");
    }
  });
});

/** Another person's warning signs, each URGENT said alone; the last one names no place. */
const THEIR_SIGNS = [
  "my wife can't put any weight on her foot",
  "my son's heel has gone numb",
  "my friend's heel is red, hot and swollen",
  "my dad says his heel pain came on suddenly and he can't stand on it",
  "my sister is limping since her run",
];
/** The runner's own reports, at each site the articles cover. */
const RUNNERS_OWN = [
  "my ankle hurts",
  "my ankle is swollen",
  "my heel hurts",
  "my achilles is sore after runs",
  "my knee aches after running",
  "my hip flexors are tight",
  "the bottom of my foot is sore",
];

describe("red flags win, whoever has them", () => {
  it("another person's warning sign beside any report of the runner's is URGENT, in one text or several", () => {
    for (const sign of THEIR_SIGNS)
      expect(kb.tracer.trace([sign]).triage.level, sign).toBe("URGENT");
    fc.assert(
      fc.property(
        fc.constantFrom(...THEIR_SIGNS),
        fc.constantFrom(...RUNNERS_OWN),
        fc.constantFrom("one text", "theirs first", "runner's first"),
        (sign, own, order) => {
          const inputs =
            order === "one text"
              ? [`${own}, and ${sign}`]
              : order === "theirs first"
                ? [sign, own]
                : [own, sign];
          const t = kb.tracer.trace(inputs);
          expect(t.triage.level, inputs.join(" / ")).toBe("URGENT");
          expect(
            t.matched.some((m) => m.whose === "SOMEONE_ELSE"),
            inputs.join(" / "),
          ).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("another person's other findings count for nothing beside the runner's, across inputs too", () => {
    // Only a denial understood of the runner's own: nothing of the runner's to answer on.
    const denial = kb.tracer.trace([
      "my wife's heel hurts in the morning",
      "I don't have any heel pain",
    ]);
    expect(denial.triage.level).toBe("UNKNOWN");
    expect(denial.matched).toEqual([]);
    // Their ankle's signs (on the ankle's list, not urgent) stay theirs and give the
    // runner's heel neither that list's advice nor another level.
    const heel = kb.tracer.trace(["my heel is sore"]);
    const beside = kb.tracer.trace(["my wife's ankle is swollen and hot", "my heel is sore"]);
    expect(beside.triage).toEqual(heel.triage);
    const own = beside.matched.filter((m) => m.whose === "RUNNER").map((m) => m.entity.id);
    expect(own).toEqual(heel.matched.map((m) => m.entity.id));
  });
});

describe("a report only about another person", () => {
  it("is ranked as the body described, as if the runner said it", () => {
    const theirs = kb.tracer.trace(["my flatmate's heel hurts first thing in the morning"]);
    expect(theirs.matched.map((m) => m.whose)).toEqual(["SOMEONE_ELSE"]);
    expect(theirs.conditions.length).toBeGreaterThan(0);
    expect(ranking(theirs)).toEqual(ranking(kb.tracer.trace([RUNNER])));
    // Answers then speak of that body too: a no takes the reading back...
    const said = theirs.matched.map((m) => m.entity.id);
    const no = kb.tracer.trace(["my flatmate's heel hurts first thing in the morning"], {
      evidence: said.map((id) => ({ id, present: false })),
    });
    expect(no.matched).toEqual([]);
    // ...except a warning sign the words report: it stands against a no (red flags win).
    const sign = kb.tracer.trace([THEIRS], {
      evidence: [{ id: "cannot-bear-weight", present: false }],
    });
    expect(sign.matched.map((m) => m.entity.id)).toContain("cannot-bear-weight");
    expect(sign.absent.map((e) => e.id)).not.toContain("cannot-bear-weight");
    expect(sign.triage.level).toBe("URGENT");
  });
});

describe("whose body carries across inputs, as within one text", () => {
  const whose = (t: TraceResult) => t.matched.map((m) => [m.entity.id, m.whose]);

  it("reads an input naming no one after another person's as theirs", () => {
    const t = kb.tracer.trace(["my wife's heel hurts", "it is numb"]);
    expect(whose(t)).toEqual([
      ["heel-pain-after-running", "SOMEONE_ELSE"],
      ["heel-numbness-tingling", "SOMEONE_ELSE"],
    ]);
    // Only about her: her warning sign stands for the body described, so URGENT.
    expect(t.triage.level).toBe("URGENT");
    for (const g of t.triage.grounds) {
      expect(g.whose).toBe("SOMEONE_ELSE");
      expect(g.explanation).toContain("about someone else");
    }
    // Her sign beside the runner's own later report still raises triage, as theirs.
    const beside = kb.tracer.trace(["my wife's heel hurts", "it is numb", "my heel hurts"]);
    expect(whose(beside)).toEqual([
      ["heel-pain-after-running", "RUNNER"],
      ["heel-numbness-tingling", "SOMEONE_ELSE"],
    ]);
    expect(beside.triage.level).toBe("URGENT");
    const swollen = kb.tracer.trace(["my heel hurts", "my wife's heel is numb", "it is swollen"]);
    expect(whose(swollen)).toContainEqual(["heel-redness-warmth-swelling", "SOMEONE_ELSE"]);
  });

  it("reads an input naming the runner as the runner's, and carries the runner's own", () => {
    for (const said of ["my heel is numb", "mine is numb"]) {
      const t = kb.tracer.trace(["my wife's heel hurts", said]);
      expect(whose(t), said).toEqual([["heel-numbness-tingling", "RUNNER"]]);
      expect(t.triage.level, said).toBe("URGENT");
    }
    const own = kb.tracer.trace(["my heel hurts", "it is numb"]);
    expect(own.matched.map((m) => m.whose)).toEqual(["RUNNER", "RUNNER"]);
  });
});
