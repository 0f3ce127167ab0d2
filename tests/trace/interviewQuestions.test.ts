import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { edgesAt } from "../../src/graph/edgesAt.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { feltDownChain } from "../../src/trace/downChain.js";
import {
  ConditionModel,
  type Evidence,
  INTERVIEW,
  Interviewer,
  WarningSignRules,
} from "../../src/trace/index.js";
import { QUESTION_TEXTS } from "../../src/trace/questionTexts.js";
import { realKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
let interviewer: Interviewer;
beforeAll(async () => {
  kb = await realKb();
  const rules = new WarningSignRules(kb.graph, kb.data.documents);
  interviewer = new Interviewer(kb.graph, new ConditionModel(kb.graph), rules, kb.data.documents);
});

const HEEL = "my heel hurts";
const heelSigns = () =>
  [...kb.data.entities.values()]
    .filter((e) => e.kind === "SYMPTOM" && e.warningSignOf === "heel-pain" && e.checklist)
    .map((e) => e.id)
    .sort();
const ask = (evidence: Evidence[]) => kb.tracer.trace([HEEL], { evidence, questions: 5 });

describe("the warning signs as one checklist", () => {
  it("asks the heel's signs first, together, about one of them for clients without checklists", () => {
    const [q, ...rest] = ask([]).questions;
    expect(q?.reason).toBe("WARNING_SIGN");
    expect(q?.checklist?.options.map((o) => o.id).sort()).toEqual(heelSigns());
    expect(q?.checklist?.options[0]?.id).toBe(q?.about.id);
    expect(q?.checklist?.why).toMatch(/^[^.]+\.$/);
    expect(q?.text).toMatch(/\?$/);
    // The rest preview what follows; none asks a sign again.
    for (const r of rest) {
      expect(r.reason).toBe("SEPARATES");
      expect(heelSigns()).not.toContain(r.about.id);
    }
  });

  it("asks the ankle's signs first when only a cause is said ('twisted my ankle'), before any advice", () => {
    const { questions, triage } = kb.tracer.trace(["twisted my ankle stepping off the kerb"]);
    expect(triage.level).toBe("SELF_CARE");
    const [q] = questions;
    expect(q?.reason).toBe("WARNING_SIGN");
    const ankleSigns = (q?.checklist?.options ?? []).map((o) => o.id);
    expect(ankleSigns.length).toBeGreaterThan(1);
    for (const id of ankleSigns)
      expect(kb.data.entities.get(id)).toMatchObject({ warningSignOf: "ankle-pain" });
  });

  it("asks the site named's signs first for a complaint read from a typo or a hedge", () => {
    // Complaint → the list of the site it names (the Achilles is the heel article's).
    const table: [string, string][] = [
      ["my heal hurts after long runs", "heel-pain"],
      ["my hele is sore", "heel-pain"],
      ["maybe my heel hurts a bit", "heel-pain"],
      ["my heel kinda hurts i guess", "heel-pain"],
      ["my acilles is sore after runs", "heel-pain"],
      ["not sure but my achilles might be sore", "heel-pain"],
      ["i think my ankel hurts", "ankle-pain"],
      ["probably nothing but my anckle aches", "ankle-pain"],
      ["I might have hurt my ankle", "ankle-pain"],
      ["could my ankle be sprained? it hurts", "ankle-pain"],
    ];
    for (const [said, list] of table) {
      const [q] = kb.tracer.trace([said]).questions;
      expect([q?.reason, q?.about.warningSignOf], said).toEqual(["WARNING_SIGN", list]);
      expect(q?.checklist?.options.length, said).toBeGreaterThan(1);
    }
  });

  it("asks an urgent list first when several sites are named (the heel's before the ankle's)", () => {
    for (const said of [
      ["my heel hurts", "my ankle is swollen"],
      ["my ankle hurts and my heel is sore"],
    ]) {
      const lists = kb.tracer
        .trace(said)
        .questions.filter((q) => q.reason === "WARNING_SIGN")
        .map((q) => q.about.warningSignOf);
      expect(lists, said.join(" / ")).toEqual(["heel-pain", "ankle-pain"]);
    }
  });

  it("shows each of the heel article's see-a-doctor signs once: generic swelling is its redness, warmth or swelling", () => {
    const asked = (evidence: Evidence[]) =>
      ask(evidence).questions.flatMap((q) => [
        q.about.id,
        ...(q.checklist?.options.map((o) => o.id) ?? []),
      ]);
    const options = ask([]).questions[0]?.checklist?.options.map((o) => o.id) ?? [];
    expect(options).toContain("heel-redness-warmth-swelling");
    expect(options).not.toContain("swelling");
    // Nor is it asked apart, whatever is answered; reported, it still counts as a red flag.
    const no = options.map((id) => ({ id, present: false }));
    expect(asked([])).not.toContain("swelling");
    expect(asked(no)).not.toContain("swelling");
    expect(kb.tracer.trace([HEEL, "it's swollen"]).triage.level).toBe("URGENT");
  });

  it("keeps asking unanswered signs of a client that answers `about` alone, each once, before anything else", () => {
    const evidence: Evidence[] = [];
    const asked: string[] = [];
    for (let i = 0; i < heelSigns().length; i++) {
      const q = ask(evidence).questions[0];
      expect(q?.reason).toBe("WARNING_SIGN");
      asked.push(q?.about.id ?? "");
      evidence.push({ id: q?.about.id ?? "", present: false });
    }
    expect(asked.sort()).toEqual(heelSigns());
    expect(ask(evidence).questions[0]?.reason).toBe("SEPARATES");
  });

  it("never loses a sign reported present (red flags win), whatever is answered after", () => {
    const [sign, ...others] = heelSigns();
    const yes = { id: sign ?? "", present: true };
    // Ticked, the rest left unanswered ("not sure"): URGENT, and the rest still asked.
    const unsure = ask([yes]);
    expect(unsure.triage.level).toBe("URGENT");
    expect(unsure.triage.reasons.map((e) => e.id)).toContain(sign);
    expect(unsure.questions[0]?.checklist?.options.map((o) => o.id).sort()).toEqual(others);
    // Then every other sign denied, and separating questions answered: still URGENT.
    const evidence = [yes, ...others.map((id) => ({ id, present: false }))];
    for (let i = 0; i < 3; i++) {
      const q = ask(evidence).questions[0];
      if (q) evidence.push({ id: q.about.id, present: false });
    }
    const after = ask(evidence);
    expect(after.triage.level).toBe("URGENT");
    expect(after.triage.reasons.map((e) => e.id)).toContain(sign);
  });
});

describe("the interviewer's invariants", () => {
  it("for any reported and denied symptoms: nothing known asked, no id twice, at most the limit", () => {
    const symptoms = [...kb.data.entities.values()].filter((e) => e.kind === "SYMPTOM");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: symptoms.length - 1 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: INTERVIEW.maxQuestions }),
        (picked, split, limit) => {
          const chosen = picked.map((i) => symptoms[i]).filter((e) => e !== undefined);
          const present = chosen.slice(0, split);
          const absent = chosen.slice(split);
          const questions = interviewer.questions({ present, absent }, limit);
          const ids = questions.flatMap(
            (q) => q.checklist?.options.map((o) => o.id) ?? [q.about.id],
          );
          expect(questions.length).toBeLessThanOrEqual(limit);
          expect(new Set(ids).size).toBe(ids.length);
          for (const e of chosen) expect(ids).not.toContain(e.id);
          for (const q of questions) {
            expect(q.why).toMatch(/^[^.]+\.$/);
            if (q.checklist) expect(q.checklist.options[0]?.id).toBe(q.about.id);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("keeps an exact posterior however much is known (nothing underflows)", () => {
    const model = new ConditionModel(kb.graph);
    const symptoms = [...kb.data.entities.values()].filter((e) => e.kind === "SYMPTOM");
    const [present, ...rest] = symptoms;
    const denied = (times: number) => {
      const known = {
        present: present ? [present] : [],
        absent: Array.from({ length: times }, () => rest).flat(),
      };
      return model.posterior(model.candidates(known.present), known);
    };
    const leader = (post: Map<string, number>) =>
      [...post].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    // Denied 20 times over, one condition leads; denied 2 000 times over (far below 1e-308
    // in plain products), it leads the more surely, and the probabilities still sum to 1.
    const [few, many] = [denied(20), denied(2000)];
    expect(leader(many)[0]).toBe(leader(few)[0]);
    expect(leader(many)[1]).toBeGreaterThanOrEqual(leader(few)[1]);
    expect([...many.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it("asks no separating question once the leading condition is clear", () => {
    const model = new ConditionModel(kb.graph);
    const present = ["stabbing-pain-under-heel", "heel-pain-worst-in-morning"].map((id) =>
      kb.data.entities.get(id),
    );
    const known = { present: present.filter((e) => e !== undefined), absent: [] };
    const post = model.posterior(model.candidates(known.present), known);
    expect(Math.max(...post.values())).toBeGreaterThanOrEqual(INTERVIEW.clearAt);
    expect(interviewer.questions(known, 5).filter((q) => q.reason === "SEPARATES")).toEqual([]);
  });

  it("phrases a question for every symptom, and each phrasing names a symptom of graph-data", () => {
    for (const id of Object.keys(QUESTION_TEXTS))
      expect(kb.data.entities.get(id)?.kind, id).toBe("SYMPTOM");
    const questions = kb.tracer.trace(["my ankle aches after runs"]).questions;
    for (const q of questions) expect(q.text).toMatch(/^[A-Z][^?]*\?$/);
  });
});

describe("the kinetic chain and the ties it separates (the hip-flexor article)", () => {
  const first = (says: string, evidence: Evidence[] = []) =>
    kb.tracer.trace([says], { evidence, questions: 5 });
  const ids = (t: ReturnType<typeof first>) => t.questions.map((q) => q.about.id);

  it("weighs a presentation felt down the chain without counting it in the prior", () => {
    const model = new ConditionModel(kb.graph);
    const hips = kb.data.entities.get("tight-hip-flexors");
    expect(hips?.kind).toBe("CONDITION");
    if (hips === undefined) return;
    // Felt at the ankle and the inner knee, below the hip flexors: the chain's, not theirs.
    expect(model.symptomLikelihood(hips.id, "ankle-pain-sides")).toBe(
      INTERVIEW.downChainLikelihood,
    );
    for (const id of ["inner-knee-pain", "knee-pain-after-run"])
      expect(model.symptomLikelihood(hips.id, id)).toBe(INTERVIEW.downChainLikelihood);
    // The sole is not among them: the article sends it to the hips as a root cause only.
    expect(model.symptomLikelihood(hips.id, "sore-sole")).toBe(INTERVIEW.leak);
    expect(model.symptomLikelihood(hips.id, "hip-tension")).toBeGreaterThan(
      INTERVIEW.downChainLikelihood,
    );
    expect(model.prior(hips)).toBe(2);
    // Only the hip flexors' chain pains are down the chain; every other presentation is felt
    // where its condition acts.
    const below: string[] = [];
    for (const e of kb.data.entities.values())
      if (e.kind === "CONDITION")
        for (const x of edgesAt(kb.graph, e.id, "OUTGOING", ["PRESENTS_WITH"]))
          if (feltDownChain(kb.graph, e.id, x.other.id)) below.push(`${e.id} ${x.other.id}`);
    expect(below.sort()).toEqual([
      "tight-hip-flexors ankle-pain-sides",
      "tight-hip-flexors inner-knee-pain",
      "tight-hip-flexors knee-pain-after-run",
    ]);
  });

  it("puts tight hip flexors first for ankle pain with tight hips, and keeps them a root cause", () => {
    for (const says of [
      "my ankle aches when I run and my hips feel tight",
      "my knee aches after I run and my hips feel tight",
    ])
      expect(first(says).conditions[0]?.condition.id, says).toBe("tight-hip-flexors");
    // Ankle pain alone is not put on the hips: once its warning signs are answered, they are asked about.
    expect(first("my ankle aches after runs").conditions[0]?.condition.id).toBe("runners-ankle");
    const ankle = first("my ankle aches after runs", [
      ...(first("my ankle aches after runs").questions[0]?.checklist?.options ?? []).map((o) => ({
        id: o.id,
        present: false,
      })),
    ]);
    expect(ankle.conditions[0]?.condition.id).not.toBe("tight-hip-flexors");
    expect(ids(ankle)).toContain("hip-tension");
    const knee = first("my ankle aches on runs and the inside of my knee is sore too");
    expect(knee.rootCauses[0]?.cause.id).toBe("tight-hip-flexors");
  });

  it("separates hip pain from tight hip flexors by whether the hip pain came first", () => {
    const hip = "the front of my hip gets sore after running";
    expect(ids(first(hip))[0]).toBe("hip-pain-before-ankle-pain");
    const no = first(hip, [{ id: "hip-pain-before-ankle-pain", present: false }]);
    expect(no.conditions[0]?.condition.id).toBe("hip-pain");
    const yes = first(hip, [{ id: "hip-pain-before-ankle-pain", present: true }]);
    expect(yes.conditions[0]?.condition.id).toBe("tight-hip-flexors");
  });

  it("asks whether the hip pain came first only of a runner who has hip pain", () => {
    const knee = "pain on the inside of my knee";
    expect(ids(first(knee))).not.toContain("hip-pain-before-ankle-pain");
    expect(ids(first(knee, [{ id: "hip-tension", present: false }]))).not.toContain(
      "hip-pain-before-ankle-pain",
    );
    expect(ids(first(knee, [{ id: "hip-tension", present: true }]))).toContain(
      "hip-pain-before-ankle-pain",
    );
  });

  it("separates a strained meniscus from knee pain after running by a steadiness question", () => {
    const knee = "my knee aches after I run";
    expect(ids(first(knee))[0]).toBe("knee-less-stable");
    const no = first(knee, [{ id: "knee-less-stable", present: false }]);
    expect(no.conditions[0]?.condition.id).toBe("knee-pain-after-running");
    const yes = first(knee, [{ id: "knee-less-stable", present: true }]);
    expect(yes.conditions[0]?.condition.id).toBe("meniscus-strain");
  });
});
