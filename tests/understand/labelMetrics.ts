import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import type { TriageLevel } from "../../src/trace/index.js";

/** One labelled complaint (format: tests/understand/complaints.yaml, see its header). */
export interface LabelledComplaint {
  readonly text: string;
  readonly present: readonly string[];
  readonly absent: readonly string[];
  readonly side?: "LEFT" | "RIGHT" | "BOTH";
  readonly triage?: TriageLevel;
  readonly tags: readonly string[];
  readonly source: string;
}

/** The labelled complaints. */
export function loadComplaints(url: URL): LabelledComplaint[] {
  const raw = parse(readFileSync(url, "utf8")) as Partial<LabelledComplaint>[];
  return raw.map((c) => ({
    text: String(c.text ?? ""),
    present: c.present ?? [],
    absent: c.absent ?? [],
    side: c.side,
    triage: c.triage,
    tags: c.tags ?? [],
    source: String(c.source ?? ""),
  }));
}

/** Confidence bins of the calibration table, lower bounds (each bin up to the next). */
export const CONFIDENCE_BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95] as const;

/** What the reader and trace got right and wrong on the labelled complaints. */
export interface LabelMetrics {
  readonly cases: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  /** Cases labelled URGENT that trace triages URGENT, over cases labelled URGENT. */
  readonly warningSignRecall: number;
  readonly warningSignCases: number;
  /** Cases triaged URGENT whose only red flags are denied ones. */
  readonly urgentFromDenied: number;
  /** Off-topic cases in which any entity was matched or triage was not UNKNOWN. */
  readonly offTopicFalseMatches: number;
  readonly offTopicCases: number;
  /** Labelled sides read right, over cases with a labelled side. */
  readonly sideAccuracy: number;
  /** Per confidence bin: matches given a confidence in it, and how many were right. */
  readonly calibration: readonly { from: number; to: number; matches: number; right: number }[];
  /** Every wrong or missed match, for reading. */
  readonly errors: readonly string[];
}

/** A finding's key as labels name it: `+id` reported, `-id` denied. */
export const matchKey = (present: boolean, id: string) => `${present ? "+" : "-"}${id}`;

/**
 * Reads every labelled complaint (understand) and traces it (triage), and scores the
 * findings against the labels: a match is right when its entity and presence are labelled.
 */
export function labelMetrics(kb: KnowledgeBase, cases: readonly LabelledComplaint[]): LabelMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let urgentLabelled = 0;
  let urgentFound = 0;
  let urgentFromDenied = 0;
  let offTopic = 0;
  let offTopicWrong = 0;
  let sides = 0;
  let sidesRight = 0;
  const bins = CONFIDENCE_BINS.map((from, i) => ({
    from,
    to: CONFIDENCE_BINS[i + 1] ?? 1,
    matches: 0,
    right: 0,
  }));
  const errors: string[] = [];
  for (const c of cases) {
    const findings = kb.reader.read(c.text).findings;
    const want = new Set([
      ...c.present.map((id) => matchKey(true, id)),
      ...c.absent.map((id) => matchKey(false, id)),
    ]);
    const got = new Map<string, number>();
    for (const f of findings)
      if (f.entity !== null) got.set(matchKey(f.present, f.entity.id), f.confidence ?? 0);
    for (const [k, confidence] of got) {
      const right = want.has(k);
      if (right) tp++;
      else fp++;
      const bin = bins.findLast((b) => confidence >= b.from);
      if (bin !== undefined) {
        bin.matches++;
        if (right) bin.right++;
      }
    }
    const missed = [...want].filter((k) => !got.has(k));
    fn += missed.length;
    const wrong = [...got.keys()].filter((k) => !want.has(k));
    if (wrong.length + missed.length > 0)
      errors.push(
        `${JSON.stringify(c.text)} wrong: [${wrong.join(" ")}] missed: [${missed.join(" ")}]`,
      );

    const triage = kb.tracer.trace([c.text]).triage;
    if (c.triage === "URGENT") {
      urgentLabelled++;
      if (triage.level === "URGENT") urgentFound++;
    }
    const deniedFlag = c.absent.some((id) => isRedFlag(kb, id));
    const reportedFlag = c.present.some((id) => isRedFlag(kb, id));
    if (triage.level === "URGENT" && deniedFlag && !reportedFlag) urgentFromDenied++;
    if (c.tags.includes("off-topic")) {
      offTopic++;
      if (got.size > 0 || triage.level !== "UNKNOWN") offTopicWrong++;
    }
    if (c.side !== undefined) {
      sides++;
      if (findings.some((f) => f.side === c.side)) sidesRight++;
    }
  }
  return {
    cases: cases.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    warningSignRecall: urgentFound / Math.max(1, urgentLabelled),
    warningSignCases: urgentLabelled,
    urgentFromDenied,
    offTopicFalseMatches: offTopicWrong,
    offTopicCases: offTopic,
    sideAccuracy: sidesRight / Math.max(1, sides),
    calibration: bins,
    errors,
  };
}

/** Whether an id names a symptom on an urgent warning-sign list. */
export function isRedFlag(kb: KnowledgeBase, id: string): boolean {
  const e = kb.data.entities.get(id);
  return e?.kind === "SYMPTOM" && e.redFlag;
}

/** The metrics as a printable report. */
export function formatMetrics(m: LabelMetrics): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `labelled complaints: ${m.cases}`,
    `precision ${pct(m.precision)}  recall ${pct(m.recall)}  (right ${m.truePositives}, wrong ${m.falsePositives}, missed ${m.falseNegatives})`,
    `warning-sign recall ${pct(m.warningSignRecall)} of ${m.warningSignCases} cases labelled URGENT`,
    `URGENT from a denied sign: ${m.urgentFromDenied}`,
    `off-topic false matches: ${m.offTopicFalseMatches} of ${m.offTopicCases}`,
    `side read right: ${pct(m.sideAccuracy)}`,
    "calibration (confidence bin: matches, right)",
    ...m.calibration.map(
      (b) =>
        `  ${b.from.toFixed(2)}-${b.to.toFixed(2)}: ${String(b.matches).padStart(4)}  ${b.matches === 0 ? "-" : pct(b.right / b.matches)}`,
    ),
  ];
  return lines.join("\n");
}
