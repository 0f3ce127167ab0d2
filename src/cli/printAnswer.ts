/**
 * Human-readable text for what `kinetic-graph` asked the API: a few lines a runner or a
 * curator can read in a terminal. `--json` skips all of this and prints the answer itself.
 */

import { unescapeHtml } from "../search/index.js";

interface Named {
  readonly id: string;
  readonly name: string;
}

/** `trace`'s answer, as selected by the TRACE operation. */
export interface TraceAnswer {
  readonly unmatched: readonly string[];
  readonly conditions: readonly { score: number; condition: Named }[];
  readonly rootCauses: readonly {
    score: number;
    cause: Named;
    paths: readonly { steps: readonly { from: { name: string }; to: { name: string } }[] }[];
  }[];
  readonly treatments: readonly {
    treatment: Named & { phase: string; dosage: string | null };
  }[];
  readonly triage: { level: string; reasons: readonly Named[]; advice: string };
  readonly disclaimer: string;
}

/** Shown score: two decimals, as the API ranks by it. */
const score = (n: number) => n.toFixed(2);

/** The trace as text: triage first, then conditions, root causes with their chain, plan. */
export function printTrace(t: TraceAnswer): string {
  const lines = [`Triage: ${t.triage.level}. ${t.triage.advice}`];
  for (const r of t.triage.reasons) lines.push(`  because: ${r.name}`);
  lines.push("", "Conditions that fit:");
  if (t.conditions.length === 0) lines.push("  none");
  for (const c of t.conditions)
    lines.push(`  ${score(c.score)}  ${c.condition.name} (${c.condition.id})`);
  lines.push("", "Where it may start:");
  if (t.rootCauses.length === 0) lines.push("  none found");
  for (const r of t.rootCauses) {
    lines.push(`  ${score(r.score)}  ${r.cause.name} (${r.cause.id})`);
    const steps = r.paths[0]?.steps ?? [];
    if (steps.length > 0) {
      const chain = [steps[0]?.from.name ?? "", ...steps.map((s) => s.to.name)];
      lines.push(`        ${chain.join(" → ")}`);
    }
  }
  lines.push("", "Plan:");
  if (t.treatments.length === 0) lines.push("  none");
  for (const { treatment: x } of t.treatments) {
    lines.push(`  [${x.phase}] ${x.name}${x.dosage ? `: ${x.dosage}` : ""}`);
  }
  if (t.unmatched.length > 0)
    lines.push("", `Not understood: ${t.unmatched.map((u) => JSON.stringify(u)).join(", ")}`);
  lines.push("", t.disclaimer);
  return lines.join("\n");
}

/** A search hit, as selected by the SEARCH operation. */
export interface SearchHitAnswer {
  readonly score: number;
  readonly snippet: string;
  readonly entity: Named & { kind: string };
}

/** The snippet as plain text: marks shown as *word*, entities read back. */
const plain = (snippet: string) => unescapeHtml(snippet.replace(/<\/?mark>/g, "*"));

/** Search hits as text, best first. */
export function printSearch(hits: readonly SearchHitAnswer[]): string {
  if (hits.length === 0) return "No match.";
  return hits
    .map(
      (h) =>
        `${h.entity.name} (${h.entity.kind}, ${h.entity.id})  ${score(h.score)}\n  ${plain(h.snippet)}`,
    )
    .join("\n");
}

/** An entity, as selected by the ENTITY operation. */
export interface EntityAnswer extends Named {
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly summary: string;
  readonly sources: readonly { title: string; section: string }[];
  readonly relations: readonly { relation: string; direction: string; entity: Named }[];
  readonly phase?: string;
  readonly dosage?: string | null;
  readonly steps?: readonly string[];
  readonly question?: string;
  readonly answer?: string;
}

/** An entity as text: what it is, its own fields, its relations and sources. */
export function printEntity(e: EntityAnswer): string {
  const lines = [`${e.name} (${e.kind}, ${e.id})`, e.summary];
  if (e.aliases.length > 0) lines.push(`Also called: ${e.aliases.join(", ")}`);
  if (e.question !== undefined) lines.push("", `Q: ${e.question}`, `A: ${e.answer ?? ""}`);
  if (e.phase !== undefined) lines.push("", `Phase: ${e.phase}${e.dosage ? `; ${e.dosage}` : ""}`);
  for (const [i, step] of (e.steps ?? []).entries()) lines.push(`  ${i + 1}. ${step}`);
  lines.push("", "Relations:");
  for (const r of e.relations) {
    const arrow = r.direction === "OUTGOING" ? `${r.relation} →` : `← ${r.relation}`;
    lines.push(`  ${arrow} ${r.entity.name} (${r.entity.id})`);
  }
  lines.push("", "Sources:");
  for (const s of e.sources) lines.push(`  ${s.title}, "${s.section}"`);
  return lines.join("\n");
}
