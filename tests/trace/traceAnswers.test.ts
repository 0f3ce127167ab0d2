import { createHash } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { coldText } from "../../bench/coldText.js";
import { REAL_TRACES } from "../../bench/workloads.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import type { TraceOptions, WorkMeter } from "../../src/trace/index.js";
import { VIGNETTES } from "../fixtures/interviewVignettes.js";
import { fixtureKb, realKb } from "../helpers/knowledge.js";

/**
 * Trace's answers, byte for byte, as a hash: every field of every result (matches,
 * conditions, root causes with their paths and steps, treatments, triage, questions with
 * their checklists, scores to the last bit) and every report to the work meter, for the
 * workloads' real traces, the interview vignettes with their answers, every entity id,
 * every condition's root causes, and 1500 generated complaints, on the real graph-data
 * and the fixture graph. A change meant to be invisible (speed, precomputing) keeps the
 * snapshot; a change of graph-data or of the model changes it on purpose: check the
 * vignette tests, then `npx vitest run -u` this file.
 */

/** Options each group of inputs is traced with, in turn: the contract's, defaults, extremes. */
const OPTIONS: readonly TraceOptions[] = [
  { limit: 5 },
  {},
  { limit: 50, maxDepth: 10, questions: 5 },
  { limit: 1, maxDepth: 1, questions: 0 },
  { limit: 3, maxDepth: 3, questions: 1 },
];

/** Generated complaints traced (every third with a second complaint after it). */
const COMPLAINTS = 1500;

let real: KnowledgeBase;
let fixture: KnowledgeBase;
beforeAll(async () => {
  [real, fixture] = await Promise.all([realKb(), fixtureKb()]);
});

/**
 * `value` in a canonical JSON-like form, appended to `out`: an entity as its kind and id,
 * an edge as its key (graph data, not trace output), object keys sorted, getters read (the
 * lazy questions), numbers as JSON writes them (every bit).
 */
function canonical(value: unknown, out: string[]): void {
  if (value === null || typeof value !== "object") {
    out.push(JSON.stringify(value) ?? "undefined");
  } else if (Array.isArray(value)) {
    out.push("[");
    for (const item of value) {
      canonical(item, out);
      out.push(",");
    }
    out.push("]");
  } else {
    const o = value as Record<string, unknown>;
    if (typeof o.kind === "string" && typeof o.id === "string" && typeof o.name === "string")
      out.push(`<${o.kind}:${o.id}>`);
    else if (typeof o.key === "string" && typeof o.relation === "string")
      out.push(`<edge:${o.key}>`);
    else {
      out.push("{");
      for (const key of Object.keys(o).sort()) {
        out.push(JSON.stringify(key), ":");
        canonical(o[key], out);
        out.push(",");
      }
      out.push("}");
    }
  }
}

/** Hashes traces of `kb` and what they told the meter. */
class Recorder {
  readonly hash = createHash("sha256");
  answers = 0;

  constructor(private readonly kb: KnowledgeBase) {}

  /** Traces `inputs` with `options` (and, every other time, a meter) and records it all. */
  trace(inputs: readonly string[], options: TraceOptions): void {
    const metered: [string, number][] = [];
    const meter: WorkMeter = (kind, count) => metered.push([kind, count]);
    const withMeter = this.answers % 2 === 1 ? { ...options, meter } : options;
    const result = this.kb.trace(inputs, withMeter);
    this.record({ inputs, options, result, metered });
  }

  /** Records one value in canonical JSON. */
  record(value: unknown): void {
    const out: string[] = [];
    canonical(value, out);
    out.push("\n");
    this.hash.update(out.join(""));
    this.answers++;
  }
}

function traceReal(r: Recorder): void {
  let n = 0;
  const next = () => OPTIONS[n++ % OPTIONS.length] as TraceOptions;
  for (const inputs of REAL_TRACES) for (const options of OPTIONS) r.trace(inputs, options);
  for (const v of VIGNETTES) {
    r.trace([v.says], {});
    const [first, ...rest] = v.findings;
    const evidence = [
      ...(first === undefined ? [] : [{ id: first, present: false }]),
      ...rest.map((id) => ({ id, present: true })),
    ];
    r.trace([v.says], { evidence });
    r.trace([v.says], { evidence: v.findings.map((id) => ({ id, present: true })) });
  }
  for (const e of real.entities(null)) r.trace([e.id], next());
  for (const c of real.entities("CONDITION")) {
    for (const options of OPTIONS) {
      const metered: [string, number][] = [];
      const meter: WorkMeter = (kind, count) => metered.push([kind, count]);
      r.record({ of: c.id, options, causes: real.rootCausesOf(c, { ...options, meter }), metered });
    }
  }
  const gen = coldText(real.data, 20);
  for (let i = 0; i < COMPLAINTS; i++) {
    const inputs = i % 3 === 0 ? [gen.complaint(), gen.complaint()] : [gen.complaint()];
    r.trace(inputs, next());
  }
}

function traceFixture(r: Recorder): void {
  const ids = fixture.entities(null).map((e) => e.id);
  ids.forEach((id, i) => {
    for (const options of OPTIONS) r.trace([id], options);
    r.trace([id, ids[(i * 7 + 3) % ids.length] as string], {});
  });
}

it("traces the real traces, vignettes, every id and 1500 complaints as recorded (SHA-256 of every field)", () => {
  const onReal = new Recorder(real);
  traceReal(onReal);
  const onFixture = new Recorder(fixture);
  traceFixture(onFixture);
  expect({
    real: { answers: onReal.answers, sha256: onReal.hash.digest("hex") },
    fixture: { answers: onFixture.answers, sha256: onFixture.hash.digest("hex") },
  }).toMatchSnapshot();
});
