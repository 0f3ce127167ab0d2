import { afterEach, describe, expect, it, vi } from "vitest";
import type { TraceQuery, TriageLevel } from "../../src/web/generated/operations.js";
import { newInterview } from "../../src/web/interviewState.js";
import {
  asksUrgentSigns,
  knownUrgentSigns,
  loadUrgentSigns,
  symptomPages,
  URGENT_SIGN_PAGES,
  unknownChecklist,
  urgentSigns,
} from "../../src/web/urgentSigns.js";

const source = { title: "How to Treat Heel Pain After Running", section: "When to see a doctor" };
const NODES = [
  { id: "heel-bone", name: "Heel bone" },
  { id: "limping", name: "Limping", redFlag: true, warningSignList: { urgent: true, source } },
  {
    id: "swollen-ankle",
    name: "Swollen ankle",
    redFlag: false,
    warningSignList: { urgent: false, source },
  },
  { id: "numb", name: "Numb heel", redFlag: false, warningSignList: { urgent: true, source } },
  { id: "flag", name: "A red flag", redFlag: true, warningSignList: null },
  { id: "sore", name: "Sore heel", redFlag: false, warningSignList: null },
];
const SIGNS = urgentSigns(NODES);

type Trace = NonNullable<TraceQuery["trace"]>;

/** A trace answer with `level`, and conditions or questions when asked for. */
function traced(level: TriageLevel, extra: Partial<Trace> = {}): Trace {
  return {
    questions: [],
    matched: [],
    absent: [],
    unmatched: ["my foot is numb"],
    unplaced: [],
    conditions: [],
    rootCauses: [],
    treatments: [],
    triage: { level, reasons: [], advice: "", grounds: [] },
    disclaimer: "Not medical advice.",
    ...extra,
  };
}

describe("the urgent warning signs asked when nothing was understood", () => {
  it("are the red flags and the signs of lists that mean a doctor right away, in the graph's order", () => {
    expect(SIGNS.map((s) => s.id)).toEqual(["limping", "numb", "flag"]);
    expect(SIGNS[2]?.source).toBeNull();
  });

  it("are asked only when nothing was understood and nothing else is asked", () => {
    // Asked for (a request) only then: a trace that understood something needs none.
    expect(asksUrgentSigns(traced("UNKNOWN"))).toBe(true);
    expect(asksUrgentSigns(traced("SELF_CARE"))).toBe(false);
    const q = unknownChecklist(traced("UNKNOWN"), SIGNS, newInterview(["my foot is numb"]));
    expect(q?.reason).toBe("WARNING_SIGN");
    expect(q?.checklist?.options.map((o) => o.id)).toEqual(["limping", "numb", "flag"]);
    expect(q?.sources).toEqual([source]);
    const none = newInterview(["x"]);
    for (const level of ["URGENT", "SEE_DOCTOR", "SELF_CARE"] as const) {
      expect(unknownChecklist(traced(level), SIGNS, none)).toBeNull();
    }
    const asking = traced("UNKNOWN", { questions: [q as NonNullable<typeof q>] });
    expect(unknownChecklist(asking, SIGNS, none)).toBeNull();
    const fits = traced("UNKNOWN", {
      conditions: [
        { score: 1, condition: { id: "c", name: "C", seeDoctor: false }, matchedEvidence: [] },
      ],
    });
    expect(unknownChecklist(fits, SIGNS, none)).toBeNull();
  });

  it("leaves out the signs answered already, and asks nothing once all are", () => {
    const one = newInterview(["x"], [{ evidence: [{ id: "limping", present: false }], skip: [] }]);
    const q = unknownChecklist(traced("UNKNOWN"), SIGNS, one);
    expect(q?.checklist?.options.map((o) => o.id)).toEqual(["numb", "flag"]);
    const all = newInterview(
      ["x"],
      [{ evidence: SIGNS.map((s) => ({ id: s.id, present: false })), skip: [] }],
    );
    expect(unknownChecklist(traced("UNKNOWN"), SIGNS, all)).toBeNull();
  });
});

describe("the symptoms read for the urgent warning signs", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** A fetch answering page `n` (from the `after` cursor) of `pages`, `next` saying more follow. */
  function pagedFetch(pages: number, next: (page: number) => boolean) {
    const asked: (string | null)[] = [];
    vi.stubGlobal("fetch", async (_url: string, init: { body: string }) => {
      const after = (JSON.parse(init.body) as { variables: { after: string | null } }).variables
        .after;
      asked.push(after);
      const page = after === null ? 0 : Number(after);
      const node = { id: `s${page}`, name: `Sign ${page}`, redFlag: true, warningSignList: null };
      const more = page + 1 < pages && next(page);
      const entities = {
        pageInfo: { hasNextPage: more, endCursor: String(page + 1) },
        edges: [{ node }],
      };
      return new Response(JSON.stringify({ data: { entities } }));
    });
    return asked;
  }

  it("follows every page a graph past one page gives", async () => {
    const asked = pagedFetch(3, () => true);
    expect((await symptomPages()).map((n) => n.id)).toEqual(["s0", "s1", "s2"]);
    expect(asked).toEqual([null, "1", "2"]);
  });

  it("keeps the signs once loaded, so a later trace has them at once; a failure keeps none", async () => {
    expect(knownUrgentSigns()).toBeNull();
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await loadUrgentSigns()).toEqual([]);
    expect(knownUrgentSigns()).toBeNull();
    const asked = pagedFetch(2, () => true);
    const signs = await loadUrgentSigns();
    expect(signs.map((s) => s.id)).toEqual(["s0", "s1"]);
    expect(knownUrgentSigns()).toEqual(signs);
    // Asked once a page: the next trace's lookup sends nothing.
    expect(await loadUrgentSigns()).toBe(signs);
    expect(asked).toHaveLength(2);
  });

  it("stops after its bound of pages when a service never ends them", async () => {
    const asked = pagedFetch(Number.POSITIVE_INFINITY, () => true);
    expect(await symptomPages()).toHaveLength(URGENT_SIGN_PAGES);
    expect(asked).toHaveLength(URGENT_SIGN_PAGES);
  });
});
