import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import type { TriageLevel } from "../../src/trace/index.js";
import { isRedFlag, type LabelledComplaint } from "./labelMetrics.js";

/** The safety invariants a labelled set is held to, whatever its precision and recall. */
export const SAFETY_INVARIANTS = {
  warningSign: "a case labelled URGENT is triaged URGENT",
  deniedSign: "no URGENT when the only red flags in the labels are denied ones",
  offTopic: "an off-topic case matches nothing and is triaged UNKNOWN",
  unmatched: "a complaint the reader matched nothing in is never SELF_CARE",
  uncovered: "a complaint labelled as covering nothing is never SELF_CARE",
} as const;

/** One of SAFETY_INVARIANTS' keys. */
export type SafetyInvariant = keyof typeof SAFETY_INVARIANTS;

/** A case known to break an invariant, listed so the suite stays green and the failure visible. */
export interface KnownFailure {
  readonly text: string;
  readonly invariant: SafetyInvariant;
  readonly reason: string;
}

/** The known failures (format: tests/understand/heldout.knownFailures.yaml, see its header). */
export function loadKnownFailures(url: URL): KnownFailure[] {
  const raw = (parse(readFileSync(url, "utf8")) ?? []) as Partial<KnownFailure>[];
  return raw.map((f) => ({
    text: String(f.text ?? ""),
    invariant: (f.invariant ?? "warningSign") as SafetyInvariant,
    reason: String(f.reason ?? ""),
  }));
}

/** What the reader and trace made of one complaint, for checks and for reading. */
export interface CaseOutcome {
  readonly complaint: LabelledComplaint;
  /** Matched findings as `+id` / `-id`, with side and confidence when given. */
  readonly found: readonly { key: string; side: string | null; confidence: number }[];
  readonly triage: TriageLevel;
}

/** Reads and traces every case once. */
export function outcomes(kb: KnowledgeBase, cases: readonly LabelledComplaint[]): CaseOutcome[] {
  return cases.map((complaint) => {
    const found = kb.reader
      .read(complaint.text)
      .findings.filter((f) => f.entity !== null)
      .map((f) => ({
        key: `${f.present ? "+" : "-"}${f.entity?.id}`,
        side: f.side ?? null,
        confidence: f.confidence ?? 0,
      }));
    return { complaint, found, triage: kb.tracer.trace([complaint.text]).triage.level };
  });
}

/** Whether one outcome keeps one invariant (true when the invariant does not apply to it). */
export function keeps(kb: KnowledgeBase, o: CaseOutcome, invariant: SafetyInvariant): boolean {
  const c = o.complaint;
  switch (invariant) {
    case "warningSign":
      return c.triage !== "URGENT" || o.triage === "URGENT";
    case "deniedSign": {
      const denied = c.absent.some((id) => isRedFlag(kb, id));
      const reported = c.present.some((id) => isRedFlag(kb, id));
      return !(denied && !reported && o.triage === "URGENT");
    }
    case "offTopic":
      return !c.tags.includes("off-topic") || (o.found.length === 0 && o.triage === "UNKNOWN");
    case "unmatched":
      return o.found.length > 0 || o.triage !== "SELF_CARE";
    case "uncovered":
      return c.present.length + c.absent.length > 0 || o.triage !== "SELF_CARE";
  }
}

/** The texts of the cases that break an invariant. */
export function breaking(
  kb: KnowledgeBase,
  all: readonly CaseOutcome[],
  invariant: SafetyInvariant,
): string[] {
  return all.filter((o) => !keeps(kb, o, invariant)).map((o) => o.complaint.text);
}

/** Every case whose matches or triage differ from its labels, one line each, for reading. */
export function disagreements(all: readonly CaseOutcome[]): string[] {
  const lines: string[] = [];
  for (const o of all) {
    const c = o.complaint;
    const want = [...c.present.map((id) => `+${id}`), ...c.absent.map((id) => `-${id}`)];
    const got = o.found.map((f) => f.key);
    const wrong = got.filter((k) => !want.includes(k));
    const missed = want.filter((k) => !got.includes(k));
    const sideWrong = c.side !== undefined && !o.found.some((f) => f.side === c.side);
    const triageWrong = c.triage !== undefined && c.triage !== o.triage;
    if (wrong.length + missed.length === 0 && !sideWrong && !triageWrong) continue;
    const found = o.found.map((f) => `${f.key}${f.side ? `@${f.side}` : ""}:${f.confidence}`);
    lines.push(
      [
        `${JSON.stringify(c.text)} [${c.tags.join(",")}]`,
        `  expected [${want.join(" ")}]${c.side ? ` side ${c.side}` : ""} triage ${c.triage ?? "-"}`,
        `  got      [${found.join(" ")}] triage ${o.triage}`,
        `  wrong [${wrong.join(" ")}] missed [${missed.join(" ")}]${sideWrong ? " SIDE" : ""}${triageWrong ? " TRIAGE" : ""}`,
      ].join("\n"),
    );
  }
  return lines;
}
