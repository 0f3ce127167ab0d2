import { h, listOr, show, showError } from "./dom.js";
import { gql } from "./graphql.js";
import { anchorOf, legDiagram, legOf, type Structure } from "./legDiagram.js";

interface Named {
  id: string;
  name: string;
  kind?: string;
  affects?: { id: string }[];
  feltIn?: { id: string }[];
}
interface Step {
  from: Named;
  relation: string;
  direction: string;
  to: Named;
  explanation: string;
  sources: { title: string; section: string }[];
}
interface Trace {
  matched: { input: string; entity: Named }[];
  unmatched: string[];
  conditions: { score: number; condition: Named; matchedSymptoms: Named[] }[];
  rootCauses: { score: number; cause: Named; paths: { score: number; steps: Step[] }[] }[];
  treatments: {
    treatment: { id: string; name: string; phase: string; dosage: string | null; steps: string[] };
    addresses: Named[];
  }[];
  triage: { level: string; reasons: Named[]; advice: string };
  disclaimer: string;
}

const TRACE = `query Trace($symptoms: [String!]!) { trace(symptoms: $symptoms, limit: 5) {
  matched { input entity { id name kind } } unmatched
  conditions { score condition { id name } matchedSymptoms { id name } }
  rootCauses { score cause { id kind name } paths { score steps { from { ...E } relation direction to { ...E } explanation sources { title section } } } }
  treatments { treatment { id name phase dosage steps } addresses { id name } }
  triage { level reasons { id name } advice } disclaimer } }
fragment E on Entity { id kind name ... on Condition { affects { id } } ... on Mechanism { affects { id } } ... on Symptom { feltIn { id } } }`;

const PHASES: [string, string][] = [
  ["RELIEF", "Ease the pain now"],
  ["ROOT_CAUSE", "Fix what drives it"],
  ["PREVENTION", "Keep it from coming back"],
  ["MEDICAL", "What a doctor or physio does"],
];
const RELATION_WORDS: Record<string, string> = {
  PRESENTS_WITH: "is a sign of",
  CAUSES: "is driven by",
  LEADS_TO: "can follow",
  FELT_IN: "is felt in",
  AFFECTS: "affects",
  UPSTREAM_OF: "sits below",
  PART_OF: "is part of",
};

const link = (e: Named) => h("a", { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name);

/** The trace view: complaints in, triage, conditions, root causes on the leg, plan out. */
export function traceView(structures: ReadonlyMap<string, Structure>): HTMLElement {
  const list = h("ol", { class: "complaints" });
  const results = h("section", {
    class: "results",
    "aria-live": "polite",
    "aria-busy": "false",
    id: "trace-results",
  });
  const datalist = h("datalist", { id: "complaint-suggestions" });
  let count = 0;
  const addInput = (value = "") => {
    count++;
    const input = h("input", {
      type: "text",
      name: "complaint",
      list: "complaint-suggestions",
      autocomplete: "off",
      value,
      "aria-label": `Complaint ${count}`,
      placeholder: count === 1 ? "e.g. stabbing pain under my heel" : "another complaint",
    });
    input.addEventListener("input", () => suggest(input.value, datalist));
    list.append(h("li", {}, input));
    return input;
  };
  addInput();
  const form = h(
    "form",
    { class: "trace-form", "aria-label": "Trace my pain" },
    h("p", {}, "Say what you feel, one complaint per line, in your own words."),
    list,
    datalist,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", onclick: () => addInput().focus() }, "Add another complaint"),
      h("button", { type: "submit", class: "primary" }, "Trace"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const symptoms = [...list.querySelectorAll("input")]
      .map((i) => i.value.trim())
      .filter((v) => v.length > 0);
    if (symptoms.length === 0)
      return show(
        results,
        h("p", { class: "error", role: "alert" }, "Type at least one complaint first."),
      );
    results.setAttribute("aria-busy", "true");
    gql<{ trace: Trace }>(TRACE, { symptoms })
      .then(
        ({ trace }) => show(results, ...renderTrace(trace, structures)),
        (err: unknown) => showError(results, err),
      )
      .finally(() => results.setAttribute("aria-busy", "false"));
  });
  return h("div", { class: "view" }, h("h1", {}, "Trace your pain"), form, results);
}

let pending = 0;
function suggest(prefix: string, datalist: HTMLDataListElement) {
  if (prefix.trim().length < 2) return;
  const ticket = ++pending;
  gql<{ suggest: { text: string }[] }>(
    "query($p: String!) { suggest(prefix: $p, limit: 8) { text } }",
    { p: prefix.slice(0, 100) },
  ).then(
    ({ suggest: items }) => {
      if (ticket === pending) show(datalist, ...items.map((s) => h("option", { value: s.text })));
    },
    () => undefined,
  );
}

function renderTrace(t: Trace, structures: ReadonlyMap<string, Structure>): Node[] {
  const out: Node[] = [triageBanner(t.triage)];
  if (t.matched.length > 0) {
    out.push(
      h(
        "p",
        { class: "understood" },
        "Understood: ",
        ...t.matched.flatMap((m, i) => [i > 0 ? "; " : "", `“${m.input}” → `, link(m.entity)]),
      ),
    );
  }
  if (t.unmatched.length > 0) {
    out.push(
      h(
        "p",
        { class: "unmatched" },
        `Not understood (nothing in the articles matches well enough): ${t.unmatched.map((u) => `“${u}”`).join(", ")}`,
      ),
    );
  }
  out.push(
    h("h2", {}, "What fits"),
    listOr(t.conditions, "No condition fits what you reported.", "conditions", conditionItem),
    h("h2", {}, "Where it starts"),
    listOr(t.rootCauses, "No root cause found up the chain.", "roots", (r, i) =>
      rootCauseItem(r, i, structures),
    ),
    h("h2", {}, "What to do"),
  );
  for (const [phase, label] of PHASES) {
    const items = t.treatments.filter((p) => p.treatment.phase === phase);
    if (items.length > 0) {
      out.push(
        h(
          "section",
          { class: `phase ${phase.toLowerCase()}` },
          h("h3", {}, label),
          h("ul", {}, ...items.map(planItem)),
        ),
      );
    }
  }
  out.push(h("p", { class: "disclaimer" }, t.disclaimer));
  return out;
}

function conditionItem(c: Trace["conditions"][number]): HTMLElement {
  return h(
    "li",
    {},
    link(c.condition),
    " ",
    h("meter", {
      min: 0,
      max: 1,
      value: c.score.toFixed(2),
      "aria-label": `fit ${Math.round(c.score * 100)}%`,
    }),
    h(
      "span",
      { class: "evidence" },
      ` because of: ${c.matchedSymptoms.map((s) => s.name).join(", ")}`,
    ),
  );
}

/** A root cause: its best path drawn on the leg beside the path's hops. */
function rootCauseItem(
  r: Trace["rootCauses"][number],
  index: number,
  structures: ReadonlyMap<string, Structure>,
): HTMLElement {
  const steps = r.paths[0]?.steps ?? [];
  const lit = litStructures(steps, structures);
  const names = [...lit].map((id) => structures.get(id)?.name ?? id).join(", ") || "no structure";
  return h(
    "li",
    { class: "root" },
    h("h3", {}, link(r.cause), h("span", { class: "score" }, ` score ${r.score.toFixed(2)}`)),
    h(
      "div",
      { class: "root-body" },
      legDiagram(structures, lit, `Path ${index + 1} to ${r.cause.name} on the leg: ${names}`),
      h("ol", { class: "hops" }, ...steps.map(hopItem)),
    ),
  );
}

/** The leg structures a path touches: its structures, and those its conditions and mechanisms act on or its symptoms are felt in. */
function litStructures(
  steps: readonly Step[],
  structures: ReadonlyMap<string, Structure>,
): Set<string> {
  const leg = legOf(structures).nodes;
  const lit = new Set<string>();
  for (const e of steps.flatMap((s) => [s.from, s.to])) {
    for (const id of [
      e.id,
      ...(e.affects ?? []).map((a) => a.id),
      ...(e.feltIn ?? []).map((a) => a.id),
    ]) {
      const anchor = anchorOf(id, structures, leg);
      if (anchor) lit.add(anchor);
    }
  }
  return lit;
}

/** One hop, opening to its explanation and source (hover shows them too). */
function hopItem(s: Step): HTMLElement {
  const source = s.sources.map((x) => `${x.title} § ${x.section}`).join("; ");
  const words = RELATION_WORDS[s.relation] ?? s.relation.toLowerCase();
  return h(
    "li",
    { title: `${s.explanation} (${source})` },
    h(
      "details",
      {},
      h("summary", {}, `${s.from.name} ${words} ${s.to.name}`),
      h("p", {}, s.explanation),
      h("p", { class: "source" }, `Source: ${source}`),
    ),
  );
}

function planItem(p: Trace["treatments"][number]): HTMLElement {
  const { treatment } = p;
  return h(
    "li",
    {},
    link({ id: treatment.id, name: treatment.name }),
    treatment.dosage ? h("span", { class: "dosage" }, ` — ${treatment.dosage}`) : null,
    treatment.steps.length > 0
      ? h("ol", { class: "steps" }, ...treatment.steps.map((step) => h("li", {}, step)))
      : null,
    h("div", { class: "addresses" }, `For: ${p.addresses.map((a) => a.name).join(", ")}`),
  );
}

function triageBanner(t: Trace["triage"]): HTMLElement {
  const heading =
    t.level === "URGENT"
      ? "See a doctor right away"
      : t.level === "SEE_DOCTOR"
        ? "See a doctor about this"
        : t.level === "UNKNOWN"
          ? "We could not place this"
          : "Self-care first";
  return h(
    "div",
    {
      class: `banner ${t.level.toLowerCase()}`,
      role: t.level === "URGENT" ? "alert" : "status",
      "data-level": t.level,
    },
    h("strong", {}, heading),
    t.reasons.length > 0
      ? h("span", {}, ` — because of: ${t.reasons.map((r) => r.name).join(", ")}`)
      : null,
    h("p", {}, t.advice),
  );
}
