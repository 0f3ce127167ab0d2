import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import {
  formatMetrics,
  type LabelledComplaint,
  type LabelMetrics,
  labelMetrics,
  loadComplaints,
} from "./labelMetrics.js";
import {
  breaking,
  type CaseOutcome,
  disagreements,
  keeps,
  loadKnownFailures,
  outcomes,
  SAFETY_INVARIANTS,
  type SafetyInvariant,
} from "./safetyChecks.js";

// The held-out set: written from the articles alone, before its author read the reader or
// its tuning set, and committed before the reader first ran on it (see heldout.yaml's
// header). Only safety invariants are held exactly; precision and recall have floors.
const HELDOUT = new URL("./heldout.yaml", import.meta.url);
const KNOWN_FAILURES = loadKnownFailures(new URL("./heldout.knownFailures.yaml", import.meta.url));

// Floors a little below what was measured; they catch a regression, not a target. First run
// on 2026-12-01: precision 77.4%, recall 70.1%, side 90.0%, 76.9% right at 0.9 or more.
// After branch reader-safety (beside each). The tuned set (labelled.test.ts) reads
// 98.8% / 94%: the gap is the point of this set.
/** Measured 82.3% (205 right, 44 wrong). */
const PRECISION_FLOOR = 0.8;
/** Measured 76.5% (63 missed). */
const RECALL_FLOOR = 0.74;
/** Measured 93.3% of the cases with a labelled side. */
const SIDE_FLOOR = 0.9;
/** Measured 82.1% right of the matches given a confidence of 0.9 or more. */
const HIGH_CONFIDENCE_FLOOR = 0.79;

let kb: KnowledgeBase;
let cases: LabelledComplaint[];
let metrics: LabelMetrics;
let all: CaseOutcome[];
beforeAll(async () => {
  kb = await realKb();
  cases = loadComplaints(HELDOUT);
  metrics = labelMetrics(kb, cases);
  all = outcomes(kb, cases);
  console.log(`held-out set\n${formatMetrics(metrics)}`);
  if (process.env.SHOW_LABEL_ERRORS) console.log(disagreements(all).join("\n"));
});

const invariants = Object.keys(SAFETY_INVARIANTS) as SafetyInvariant[];
const known = (invariant: SafetyInvariant) =>
  KNOWN_FAILURES.filter((f) => f.invariant === invariant).map((f) => f.text);

describe("the held-out complaints (tests/understand/heldout.yaml)", () => {
  it("name only current symptoms, causes and conditions", () => {
    const unknown = cases
      .flatMap((c) => [...c.present, ...c.absent])
      .filter(
        (id) => !["SYMPTOM", "CAUSE", "CONDITION"].includes(kb.data.entities.get(id)?.kind ?? ""),
      );
    expect(unknown).toEqual([]);
  });

  it("list known failures only for cases of the set", () => {
    const texts = new Set(cases.map((c) => c.text));
    expect(KNOWN_FAILURES.filter((f) => !texts.has(f.text))).toEqual([]);
  });

  it("have the cases each invariant is about", () => {
    expect(metrics.warningSignCases).toBeGreaterThan(0);
    expect(metrics.offTopicCases).toBeGreaterThan(0);
    expect(cases.some((c) => c.absent.length > 0)).toBe(true);
  });

  for (const invariant of invariants)
    it(`keep the safety invariant: ${SAFETY_INVARIANTS[invariant]}`, () => {
      // A known failure that now passes fails here too: take it off the list.
      expect(breaking(kb, all, invariant).sort()).toEqual(known(invariant).sort());
    });

  it("are read with precision, recall, sides and confidence above their floors", () => {
    expect(metrics.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(metrics.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(metrics.sideAccuracy).toBeGreaterThanOrEqual(SIDE_FLOOR);
    const high = metrics.calibration.filter((b) => b.from >= 0.9);
    const matches = high.reduce((n, b) => n + b.matches, 0);
    const right = high.reduce((n, b) => n + b.right, 0);
    expect(matches).toBeGreaterThan(0);
    expect(right / matches).toBeGreaterThanOrEqual(HIGH_CONFIDENCE_FLOOR);
  });
});

// Each known failure is an expected failure: it shows in the run, and once fixed it fails
// (with the invariant's test above) until its entry is removed.
describe.runIf(KNOWN_FAILURES.length > 0)("held-out known failures", () => {
  for (const f of KNOWN_FAILURES)
    it.fails(`${f.invariant}: ${JSON.stringify(f.text)} (${f.reason})`, () => {
      const o = all.find((x) => x.complaint.text === f.text);
      expect(o !== undefined && keeps(kb, o, f.invariant)).toBe(true);
    });
});
