import { h, show, showError } from "./dom.js";
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
  out.push(h("h2", {}, "What fits"));
  out.push(
    t.conditions.length === 0
      ? h("p", {}, "No condition fits what you reported.")
      : h(
          "ol",
          { class: "conditions" },
          ...t.conditions.map((c) =>
            h(
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
            ),
          ),
        ),
  );
  out.push(h("h2", {}, "Where it starts"));
  const leg = legOf(structures).nodes;
  out.push(
    t.rootCauses.length === 0
      ? h("p", {}, "No root cause found up the chain.")
      : h(
          "ol",
          { class: "roots" },
          ...t.rootCauses.map((r, i) => {
            const best = r.paths[0];
            const lit = new Set<string>();
            for (const s of best?.steps ?? [])
              for (const e of [s.from, s.to])
                for (const id of [
                  e.id,
                  ...(e.affects ?? []).map((a) => a.id),
                  ...(e.feltIn ?? []).map((a) => a.id),
                ]) {
                  const anchor = anchorOf(id, structures, leg);
                  if (anchor) lit.add(anchor);
                }
            return h(
              "li",
              { class: "root" },
              h(
                "h3",
                {},
                link(r.cause),
                h("span", { class: "score" }, ` score ${r.score.toFixed(2)}`),
              ),
              h(
                "div",
                { class: "root-body" },
                legDiagram(
                  structures,
                  lit,
                  `Path ${i + 1} to ${r.cause.name} on the leg: ${[...lit].map((id) => structures.get(id)?.name ?? id).join(", ") || "no structure"}`,
                ),
                h(
                  "ol",
                  { class: "hops" },
                  ...(best?.steps ?? []).map((s) => {
                    const source = s.sources.map((x) => `${x.title} § ${x.section}`).join("; ");
                    return h(
                      "li",
                      { title: `${s.explanation} (${source})` },
                      h(
                        "details",
                        {},
                        h(
                          "summary",
                          {},
                          `${s.from.name} ${RELATION_WORDS[s.relation] ?? s.relation.toLowerCase()} ${s.to.name}`,
                        ),
                        h("p", {}, s.explanation),
                        h("p", { class: "source" }, `Source: ${source}`),
                      ),
                    );
                  }),
                ),
              ),
            );
          }),
        ),
  );
  out.push(h("h2", {}, "What to do"));
  for (const [phase, label] of PHASES) {
    const items = t.treatments.filter((p) => p.treatment.phase === phase);
    if (items.length === 0) continue;
    out.push(
      h(
        "section",
        { class: `phase ${phase.toLowerCase()}` },
        h("h3", {}, label),
        h(
          "ul",
          {},
          ...items.map((p) =>
            h(
              "li",
              {},
              link({ id: p.treatment.id, name: p.treatment.name }),
              p.treatment.dosage
                ? h("span", { class: "dosage" }, ` — ${p.treatment.dosage}`)
                : null,
              p.treatment.steps.length > 0
                ? h("ol", { class: "steps" }, ...p.treatment.steps.map((s) => h("li", {}, s)))
                : null,
              h("div", { class: "addresses" }, `For: ${p.addresses.map((a) => a.name).join(", ")}`),
            ),
          ),
        ),
      ),
    );
  }
  out.push(h("p", { class: "disclaimer" }, t.disclaimer));
  return out;
}

function triageBanner(t: Trace["triage"]): HTMLElement {
  const heading =
    t.level === "URGENT"
      ? "See a doctor right away"
      : t.level === "SEE_DOCTOR"
        ? "See a doctor about this"
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
