import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/graphql/limits.js";
import {
  type Answer,
  interviewFrom,
  interviewHash,
  newInterview,
  withAnswer,
  withoutFindings,
  withoutLastAnswer,
} from "../../src/web/interviewState.js";

/** The query of a hash as the explorer's router reads it. */
const query = (hash: string) => new URLSearchParams(hash.split("?")[1] ?? "");
const read = (hash: string) => interviewFrom(query(hash));

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const answer: fc.Arbitrary<Answer> = fc
  .record({
    evidence: fc.array(fc.record({ id, present: fc.boolean() }), { maxLength: 4 }),
    skip: fc.array(id, { maxLength: 3 }),
  })
  .filter((a) => a.evidence.length + a.skip.length > 0);
const complaint = fc
  .string({ minLength: 1, maxLength: 60 })
  .filter((s) => s.trim() === s && s !== "");

describe("the interview in the URL", () => {
  it("comes back from its hash as it was: complaints, answers, evidence, not-sures and count", () => {
    fc.assert(
      fc.property(
        fc.array(complaint, { minLength: 1, maxLength: 4 }),
        fc.array(answer, { maxLength: 6 }),
        (symptoms, answers) => {
          const i = newInterview(symptoms, answers);
          const back = read(interviewHash(i));
          expect(back).not.toBeNull();
          expect(back?.symptoms).toEqual(i.symptoms);
          expect(back?.answers).toEqual(i.answers);
          expect(back?.evidence).toEqual(i.evidence);
          expect([...(back?.skipped ?? [])]).toEqual([...i.skipped]);
          expect(back?.asked).toBe(i.asked);
        },
      ),
    );
  });

  it("sends each finding once, the first answer winning, and counts only answers with a yes or no", () => {
    const i = newInterview(
      ["my heel hurts"],
      [
        { evidence: [{ id: "a", present: false }], skip: [] },
        { evidence: [], skip: ["b"] },
        { evidence: [{ id: "a", present: true }], skip: [] },
        { evidence: [{ id: "c", present: true }], skip: ["d"] },
      ],
    );
    expect(i.evidence).toEqual([
      { id: "a", present: false },
      { id: "c", present: true },
    ]);
    expect([...i.skipped]).toEqual(["b", "d"]);
    expect(i.asked).toBe(2);
  });

  it("takes the last answer back, and nothing when nothing was answered", () => {
    const start = newInterview(["my ankle hurts"]);
    const one = withAnswer(start, { evidence: [{ id: "x", present: true }], skip: [] });
    const two = withAnswer(one, { evidence: [], skip: ["y"] });
    expect(withoutLastAnswer(two)).toEqual(one);
    expect(withoutLastAnswer(one)).toEqual(start);
    expect(withoutLastAnswer(start)).toEqual(start);
  });

  it("is no interview without a complaint, and #/trace alone", () => {
    expect(read("#/trace")).toBeNull();
    expect(read("#/trace?c=%20%20&a=y.x")).toBeNull();
    expect(interviewHash(newInterview([]))).toBe("#/trace");
  });

  it("reads a hand-made URL defensively: bad tokens dropped, complaints and tokens bounded", () => {
    const odd = read(
      "#/trace?c=heel&a=y.ok_q.bad_y.BAD_n._u.fine_y:colon_constructor_y.a%2Cb&a=&a=__",
    );
    expect(odd?.answers).toEqual([{ evidence: [{ id: "ok", present: true }], skip: ["fine"] }]);
    const many = new URLSearchParams();
    for (let n = 0; n < 3 * LIMITS.traceSymptoms.max; n++) many.append("c", "x".repeat(500));
    for (let n = 0; n < 10; n++)
      many.append("a", Array.from({ length: 100 }, (_, k) => `n.s${n}-${k}`).join("_"));
    const bounded = interviewFrom(many);
    expect(bounded?.symptoms.length).toBe(LIMITS.traceSymptoms.max);
    expect(bounded?.symptoms.every((s) => s.length === LIMITS.traceInputLength)).toBe(true);
    expect(bounded?.evidence.length).toBe(LIMITS.traceEvidence.max);
  });

  it("never reads more findings answered yes or no than the API takes, however the URL is made", () => {
    const token = fc
      .tuple(
        fc.constantFrom("y", "n", "u"),
        fc.integer({ min: 0, max: 3 * LIMITS.traceEvidence.max }),
      )
      .map(([mark, k]) => `${mark}.s${k}`);
    fc.assert(
      fc.property(
        fc.array(fc.array(token, { minLength: 1, maxLength: 40 }), { maxLength: 8 }),
        (answers) => {
          const params = new URLSearchParams({ c: "my heel hurts" });
          for (const a of answers) params.append("a", a.join("_"));
          const i = interviewFrom(params);
          expect(i?.evidence.length).toBeLessThanOrEqual(LIMITS.traceEvidence.max);
          // Each id once: the API refuses an id twice.
          expect(new Set(i?.evidence.map((e) => e.id)).size).toBe(i?.evidence.length);
        },
      ),
    );
  });

  it("forgets the yes or no to given findings, dropping the answers left empty", () => {
    const i = newInterview(
      ["my heel hurts"],
      [
        { evidence: [{ id: "a", present: false }], skip: [] },
        {
          evidence: [
            { id: "b", present: false },
            { id: "c", present: true },
          ],
          skip: [],
        },
        { evidence: [{ id: "d", present: false }], skip: ["e"] },
      ],
    );
    const left = withoutFindings(i, new Set(["a", "b", "d"]));
    expect(left.answers).toEqual([
      { evidence: [{ id: "c", present: true }], skip: [] },
      { evidence: [], skip: ["e"] },
    ]);
    expect(left.evidence).toEqual([{ id: "c", present: true }]);
    expect(left.asked).toBe(1);
    expect(withoutFindings(i, new Set())).toEqual(i);
  });
});
