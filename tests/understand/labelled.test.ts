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

const COMPLAINTS = new URL("./complaints.yaml", import.meta.url);

let kb: KnowledgeBase;
let cases: LabelledComplaint[];
let metrics: LabelMetrics;
beforeAll(async () => {
  kb = await realKb();
  cases = loadComplaints(COMPLAINTS);
  metrics = labelMetrics(kb, cases);
  console.log(formatMetrics(metrics));
  if (process.env.SHOW_LABEL_ERRORS) console.log(metrics.errors.join("\n"));
});

describe("the labelled complaints (tests/understand/complaints.yaml)", () => {
  it("name only current symptoms, causes and conditions", () => {
    const unknown = cases
      .flatMap((c) => [...c.present, ...c.absent])
      .filter(
        (id) => !["SYMPTOM", "CAUSE", "CONDITION"].includes(kb.data.entities.get(id)?.kind ?? ""),
      );
    expect(unknown).toEqual([]);
  });

  it("are read with precision ≥ 0.95 and recall ≥ 0.90", () => {
    expect(metrics.precision).toBeGreaterThanOrEqual(0.95);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("triage every warning sign URGENT, and never one that is denied", () => {
    expect(metrics.warningSignCases).toBeGreaterThan(0);
    expect(metrics.warningSignRecall).toBe(1);
    expect(metrics.urgentFromDenied).toBe(0);
  });

  it("match nothing off-topic, and say UNKNOWN then", () => {
    expect(metrics.offTopicCases).toBeGreaterThan(0);
    expect(metrics.offTopicFalseMatches).toBe(0);
  });

  it("give confidences that mean what they say: at 0.9 or more, at least 95% right", () => {
    const high = metrics.calibration.filter((b) => b.from >= 0.9);
    const matches = high.reduce((n, b) => n + b.matches, 0);
    const right = high.reduce((n, b) => n + b.right, 0);
    expect(matches).toBeGreaterThan(0);
    expect(right / matches).toBeGreaterThanOrEqual(0.95);
  });
});
