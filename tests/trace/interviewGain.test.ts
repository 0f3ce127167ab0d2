import { beforeAll, describe, expect, it } from "vitest";
import type { Entity } from "../../src/graph/index.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { ConditionModel, Interviewer, WarningSignRules } from "../../src/trace/index.js";
import { realKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
let model: ConditionModel;
let interviewer: Interviewer;
beforeAll(async () => {
  kb = await realKb();
  model = new ConditionModel(kb.graph);
  const rules = new WarningSignRules(kb.graph, kb.data.documents);
  interviewer = new Interviewer(kb.graph, model, rules, kb.data.documents);
});

const bits = (p: number) => (p <= 0 ? 0 : -p * Math.log2(p));
const entropy = (ps: Iterable<number>) => [...ps].reduce((h, p) => h + bits(p), 0);

/**
 * Expected information gain of asking about `symptomId` given `present`, in bits, as the
 * textbook writes it: the posterior's entropy less the expected entropy after the answer.
 */
function expectedGain(present: readonly Entity[], symptomId: string): number {
  const known = { present, absent: [] };
  const posterior = model.posterior(model.candidates(present), known);
  const ids = [...posterior.keys()];
  const yes = ids.map((id) => (posterior.get(id) ?? 0) * model.symptomLikelihood(id, symptomId));
  const no = ids.map((id, i) => (posterior.get(id) ?? 0) - (yes[i] ?? 0));
  const pYes = yes.reduce((a, b) => a + b, 0);
  const pNo = 1 - pYes;
  const after = (ws: number[], p: number) => (p > 0 ? entropy(ws.map((w) => w / p)) : 0);
  const before = entropy(posterior.values());
  return Math.max(0, before - pYes * after(yes, pYes) - pNo * after(no, pNo));
}

describe("the interview's information gain", () => {
  it("is each question's expected information gain, to the last bit", () => {
    const symptoms = [...kb.data.entities.values()]
      .filter((e) => e.kind === "SYMPTOM")
      .sort((a, b) => a.id.localeCompare(b.id));
    let asked = 0;
    // Every symptom alone and with its neighbour in id order: reports that leave it open.
    for (const [i, s] of symptoms.entries()) {
      for (const present of [[s], [s, symptoms[(i + 1) % symptoms.length] as Entity]]) {
        const questions = interviewer.questions({ present, absent: [] }, 10);
        for (const q of questions) {
          expect(q.gain).toBe(expectedGain(present, q.about.id));
          asked++;
        }
      }
    }
    expect(asked).toBeGreaterThan(symptoms.length);
  });
});
