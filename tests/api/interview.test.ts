import { beforeAll, describe, expect, it } from "vitest";
import { realKb } from "../helpers/knowledge.js";
import { type GraphQLBody, inProcess } from "../helpers/servers.js";

let run: Awaited<ReturnType<typeof inProcess>>["run"];
beforeAll(async () => {
  ({ run } = await inProcess(await realKb()));
});

const INTERVIEW = `query Interview($symptoms: [String!]!, $evidence: [EvidenceInput!], $questions: Int) {
  trace(symptoms: $symptoms, evidence: $evidence, questions: $questions) {
    conditions { score condition { id } }
    triage { level reasons { id } }
    questions {
      text why reason about { id kind name } sources { title section }
      checklist { text why options { id name } }
    } 
  } }`;

interface Answer {
  trace: {
    conditions: { condition: { id: string } }[];
    triage: { level: string; reasons: { id: string }[] };
    questions: {
      text: string;
      why: string;
      reason: string;
      about: { id: string; kind: string };
      sources: { title: string }[];
      checklist: { text: string; why: string; options: { id: string }[] } | null;
    }[];
  };
}

/** Triage with its grounds, as the grounds query selects it. */
interface Grounded {
  level: string;
  grounds: {
    reason: { id: string };
    input: string;
    words: { text: string; start: number; end: number } | null;
    whose: string;
    answer: boolean | null;
    explanation: string;
  }[];
}

async function ask(evidence: { id: string; present: boolean }[], questions = 3) {
  const body: GraphQLBody = await run(INTERVIEW, {
    symptoms: ["my heel hurts"],
    evidence,
    questions,
  });
  expect(body.errors).toBeUndefined();
  return (body.data as unknown as Answer).trace;
}

describe("the interview over GraphQL (stateless: evidence in, questions out)", () => {
  it("asks the heel's warning signs first, as one checklist, with one sentence of why and a source", async () => {
    const t = await ask([]);
    const [q, ...rest] = t.questions;
    expect(q?.reason).toBe("WARNING_SIGN");
    expect(q?.about.kind).toBe("SYMPTOM");
    expect(q?.text).toMatch(/\?$/);
    expect(q?.why).toMatch(/^[^.]+\.$/);
    expect(q?.sources.length).toBeGreaterThan(0);
    expect(q?.checklist?.why).toMatch(/^[^.]+\.$/);
    expect(q?.checklist?.options.length).toBeGreaterThan(1);
    expect(q?.checklist?.options[0]?.id).toBe(q?.about.id);
    for (const r of rest) {
      expect(r.reason).toBe("SEPARATES");
      expect(r.checklist).toBeNull();
    }
  });

  it("never asks what is answered, and a yes to a warning sign makes triage URGENT", async () => {
    const first = await ask([]);
    const sign = first.questions[0]?.about.id ?? "";
    const yes = await ask([{ id: sign, present: true }], 5);
    expect(yes.triage.level).toBe("URGENT");
    expect(yes.triage.reasons.map((r) => r.id)).toContain(sign);
    expect(yes.questions.map((q) => q.about.id)).not.toContain(sign);
    const no = await ask([{ id: sign, present: false }], 5);
    expect(no.questions.map((q) => q.about.id)).not.toContain(sign);
    expect(no.triage.level).not.toBe("URGENT");
  });

  it("moves on to separating questions once the checklist is answered", async () => {
    const first = await ask([]);
    const ticks = first.questions[0]?.checklist?.options ?? [];
    const t = await ask(ticks.map((o) => ({ id: o.id, present: false })));
    expect(t.questions[0]?.reason).toBe("SEPARATES");
    expect(t.questions[0]?.why).toMatch(/^It is a sign of .+\.$/);
  });

  it("says which words a warning sign that stands against a no rests on, so it can be rephrased", async () => {
    const GROUNDS = `query Grounds($symptoms: [String!]!, $evidence: [EvidenceInput!]) {
      trace(symptoms: $symptoms, evidence: $evidence) {
        triage { level reasons { id } grounds {
          reason { id } input words { text start end } whose answer explanation
        } }
      } }`;
    const said = "I was limping last week";
    const body = await run(GROUNDS, {
      symptoms: [said],
      evidence: [{ id: "limping", present: false }],
    });
    expect(body.errors).toBeUndefined();
    const { triage } = (body.data as unknown as { trace: { triage: Grounded } }).trace;
    // Red flags win: the no does not undo what the words report, and the answer says why.
    expect(triage.level).toBe("URGENT");
    const [ground] = triage.grounds;
    expect(ground).toMatchObject({ reason: { id: "limping" }, input: said, answer: false });
    expect(ground?.whose).toBe("RUNNER");
    const words = ground?.words;
    expect(words && said.slice(words.start, words.end)).toBe(words?.text);
    expect(ground?.explanation).toContain(`"${words?.text}"`);
    expect(ground?.explanation).toMatch(/^[^.]+\.$/);
    // A yes in evidence rests on the answer, with no words.
    const yes = await run(GROUNDS, {
      symptoms: ["my heel hurts"],
      evidence: [{ id: "limping", present: true }],
    });
    const answered = (yes.data as unknown as { trace: { triage: Grounded } }).trace.triage;
    expect(answered.grounds).toMatchObject([
      { reason: { id: "limping" }, input: "limping", words: null, answer: true },
    ]);
  });

  it("says a feeling read where the articles place nothing, and a condition only asked about, never as self-care", async () => {
    const UNPLACED = `query Unplaced($symptoms: [String!]!) {
      trace(symptoms: $symptoms) {
        unplaced { input words { text start end } whose site { siteId } place { id } feelings
          signsElsewhere { id } urgentElsewhere explanation }
        triage { level reasons { id kind } advice unplaced { feelings }
          grounds { reason { id } asked unplaced explanation } }
      } }`;
    const said = "my heel hurts, it is numb, no wait, my ankle";
    const body = await run(UNPLACED, { symptoms: [said] });
    expect(body.errors).toBeUndefined();
    type Unplaced = {
      words: { text: string; start: number; end: number };
      site: { siteId: string };
    };
    const { trace } = body.data as unknown as {
      trace: {
        unplaced: (Unplaced & { explanation: string })[];
        triage: Grounded & {
          reasons: unknown[];
          advice: string;
          unplaced: { feelings: string[] }[];
        };
      };
    };
    expect(trace.unplaced).toMatchObject([
      {
        input: said,
        whose: "RUNNER",
        site: { siteId: "ankle" },
        place: { id: "ankle" },
        feelings: ["numbness"],
        signsElsewhere: [{ id: "heel-numbness-tingling" }],
        urgentElsewhere: true,
      },
    ]);
    const words = trace.unplaced[0]?.words;
    expect(words && said.slice(words.start, words.end)).toBe(words?.text);
    expect(trace.triage.level).toBe("SEE_DOCTOR");
    expect(trace.triage.unplaced).toMatchObject([{ feelings: ["numbness"] }]);
    // The reason a contract client shows is where it was felt (no sign was reported there),
    // grounded as unplaced; the advice (which the contract's Trace selects) says why.
    expect(trace.triage.reasons).toEqual([{ id: "ankle", kind: "BODY_STRUCTURE" }]);
    expect(trace.triage.grounds).toMatchObject([
      { reason: { id: "ankle" }, asked: false, unplaced: true },
    ]);
    expect(trace.triage.advice.startsWith(trace.unplaced[0]?.explanation ?? "-")).toBe(true);
    // Asked about beside a complaint: a doctor's view, grounded as asked, not as reported.
    const asked = await run(UNPLACED, {
      symptoms: ["could it be a calcaneal stress fracture? my heel hurts"],
    });
    const triage = (asked.data as unknown as { trace: { triage: Grounded } }).trace.triage;
    expect(triage.level).toBe("SEE_DOCTOR");
    expect(triage.grounds).toMatchObject([
      { reason: { id: "heel-stress-fracture" }, asked: true, unplaced: false },
    ]);
  });

  it("refuses evidence it cannot use, saying what is allowed", async () => {
    const cases: [unknown, string][] = [
      [[{ id: "no-such-thing", present: true }], "evidence[0]"],
      [[{ id: "knee", present: true }], "evidence[0]"],
      [
        [
          { id: "limping", present: true },
          { id: "limping", present: false },
        ],
        "evidence[1]",
      ],
      [Array.from({ length: 51 }, (_, i) => ({ id: `x${i}`, present: true })), "evidence"],
    ];
    for (const [evidence, argument] of cases) {
      const body = await run(INTERVIEW, { symptoms: ["my heel hurts"], evidence });
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message.startsWith(`${argument}: `)).toBe(true);
    }
    const tooMany = await run(INTERVIEW, { symptoms: ["my heel hurts"], questions: 6 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
