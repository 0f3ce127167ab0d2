import { expect } from "vitest";
import type { Entity } from "../../src/graph/model.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { type Evidence, type TraceResult, WarningSignRules } from "../../src/trace/index.js";
import type { Vignette } from "../fixtures/interviewVignettes.js";

/** Most questions a simulated interview answers (issue 17's protocol). */
export const MAX_ASKED = 6;
/** The condition must be first within this many questions. */
export const WITHIN = 3;

/** Whether `id` is first in the trace's answer, strictly ahead of the second. */
export function isFirst(t: TraceResult, id: string): boolean {
  const [a, b] = t.conditions;
  return a?.condition.id === id && (b === undefined || b.score < a.score);
}

/** One simulated interview: what {@link simulateInterview} returns. */
export interface InterviewRun {
  /** Questions asked (a checklist counts as one). */
  readonly asked: number;
  /** Answers given, every checklist option counted. */
  readonly answered: number;
  /** The question after which the condition was first put first (0: before any), or null. */
  readonly ledAt: number | null;
  /** Whether the condition is first after question {@link WITHIN} (or at the end). */
  readonly firstAfter: boolean;
  /** The last trace. */
  readonly t: TraceResult;
  /** Every answer given, in order. */
  readonly evidence: readonly Evidence[];
}

/**
 * One interview through the real trace, as the explorer runs it: the runner says the
 * complaint, then answers the first question of each answer; a checklist is one question,
 * every option answered (ticked when a hidden finding, else unticked); a yes-or-no question
 * is answered about `about`. `contractOnly`: the client knows no checklist and answers
 * `about` alone. Ends when no question is left or after {@link MAX_ASKED}.
 */
export function simulateInterview(
  kb: KnowledgeBase,
  v: Vignette,
  contractOnly = false,
): InterviewRun {
  const evidence: Evidence[] = [];
  const trace = () => kb.tracer.trace([v.says], { evidence, questions: 1 });
  let t = trace();
  let asked = 0;
  let answered = 0;
  let ledAt = isFirst(t, v.condition) ? 0 : null;
  let firstAfter: boolean | null = null;
  while (asked < MAX_ASKED) {
    const q = t.questions[0];
    if (!q) break;
    const options = contractOnly || q.checklist === null ? [q.about] : q.checklist.options;
    for (const o of options) {
      expect(evidence.map((e) => e.id)).not.toContain(o.id);
      evidence.push({ id: o.id, present: v.findings.includes(o.id) });
    }
    asked++;
    answered += options.length;
    t = trace();
    if (ledAt === null && isFirst(t, v.condition)) ledAt = asked;
    if (asked === WITHIN) firstAfter = isFirst(t, v.condition);
  }
  return { asked, answered, ledAt, firstAfter: firstAfter ?? isFirst(t, v.condition), t, evidence };
}

/**
 * Whether any interview could put the vignette's condition first: told everything (each
 * finding yes, every other symptom no), is it first? If not, no choice of questions can.
 * What the runner said is never answered: neither what was matched nor the pain a reading
 * counts as ("my ankle aches" is runner's ankle weighed as ankle pain), which the
 * interview never asks either (a no to it would drop what the runner said).
 */
export function reachable(kb: KnowledgeBase, v: Vignette): boolean {
  const said = new Set(
    kb.tracer.trace([v.says]).matched.flatMap((m) => [m.entity.id, m.countsAs?.id ?? m.entity.id]),
  );
  const evidence = [...kb.data.entities.values()]
    .filter((e) => e.kind === "SYMPTOM" && !said.has(e.id))
    .map((e) => ({ id: e.id, present: v.findings.includes(e.id) }));
  return isFirst(kb.tracer.trace([v.says], { evidence }), v.condition);
}

/** "n/of (p%)". */
export const share = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(0)}%)`;

/** The measures of a set of simulated interviews (the tables of docs/interview-measurements.md). */
export interface InterviewMeasures {
  readonly total: number;
  /** Condition first within {@link WITHIN} questions. */
  readonly within: number;
  /** Reachable at all (see {@link reachable}). */
  readonly reach: number;
  /** Reachable and first within {@link WITHIN} questions. */
  readonly withinReach: number;
  /** Still first after question {@link WITHIN} (or at the end). */
  readonly after: number;
  /** Mean questions and answers per interview. */
  readonly meanAsked: number;
  readonly meanAnswered: number;
  /** The report printed by the tests, one measure a line. */
  readonly lines: readonly string[];
}

/** Runs every vignette's interview and measures them as docs/interview-measurements.md's tables do. */
export function measureInterviews(
  kb: KnowledgeBase,
  vignettes: readonly Vignette[],
): InterviewMeasures {
  const runs = vignettes.map((v) => ({ v, reach: reachable(kb, v), ...simulateInterview(kb, v) }));
  const within = runs.filter((r) => r.ledAt !== null && r.ledAt <= WITHIN);
  const after = runs.filter((r) => r.firstAfter);
  const reach = runs.filter((r) => r.reach);
  const withinReach = within.filter((r) => r.reach).length;
  const mean = (f: (r: (typeof runs)[number]) => number) =>
    runs.reduce((n, r) => n + f(r), 0) / runs.length;
  const name = (r: (typeof runs)[number]) =>
    `${r.v.condition} [${r.v.findings.join(", ")}] "${r.v.says}"`;
  const meanAsked = mean((r) => r.asked);
  const meanAnswered = mean((r) => r.answered);
  const lines = [
    `interviews: first within ${WITHIN} questions ${share(within.length, runs.length)}; of the reachable ${share(withinReach, reach.length)}`,
    `still first after question ${WITHIN} (or at the end) ${share(after.length, runs.length)}`,
    `mean ${meanAsked.toFixed(2)} questions, ${meanAnswered.toFixed(2)} answers (checklist ticks included)`,
    `out of reach even told everything: ${
      runs
        .filter((r) => !r.reach)
        .map(name)
        .join("; ") || "none"
    }`,
    `missed: ${
      runs
        .filter((r) => r.reach && !within.includes(r))
        .map((r) => `${name(r)} -> ${r.t.conditions[0]?.condition.id ?? "nothing"}`)
        .join("; ") || "none"
    }`,
  ];
  return {
    total: runs.length,
    within: within.length,
    reach: reach.length,
    withinReach,
    after: after.length,
    meanAsked,
    meanAnswered,
    lines,
  };
}

/** One warning sign a vignette has, as its interview ended: see {@link warningSignsFound}. */
export interface WarningSignCheck {
  readonly v: Vignette;
  readonly sign: string;
  /** Whether the interview's last trace matched it (said or answered yes). */
  readonly found: boolean;
  /** Whether an urgent list (or the sign's own red flag) governs it. */
  readonly urgent: boolean;
  /** The last trace's triage. */
  readonly triage: TraceResult["triage"];
}

/** Every warning sign among each vignette's findings, governed as the service governs them. */
export function warningSignsFound(
  kb: KnowledgeBase,
  vignettes: readonly Vignette[],
): WarningSignCheck[] {
  const rules = new WarningSignRules(kb.graph, kb.data.documents);
  const entity = (id: string): Entity => {
    const e = kb.data.entities.get(id);
    if (!e) throw new Error(`no entity ${id}`);
    return e;
  };
  const checks: WarningSignCheck[] = [];
  for (const v of vignettes) {
    const { t } = simulateInterview(kb, v);
    const said = kb.tracer.trace([v.says]).matched.map((m) => m.entity);
    const governed = rules.govern([...said, ...v.findings.map(entity)]);
    const present = new Set(t.matched.map((m) => m.entity.id));
    for (const g of governed.filter((x) => v.findings.includes(x.sign.id))) {
      const urgent = g.list?.urgent ?? g.sign.redFlag;
      checks.push({ v, sign: g.sign.id, found: present.has(g.sign.id), urgent, triage: t.triage });
    }
  }
  return checks;
}
