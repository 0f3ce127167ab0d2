import { h, show, showError } from "./dom.js";
import { entityLink } from "./entityLink.js";
import { EntityPageOperation, type EntityPageQuery } from "./generated/operations.js";
import { gqlNullable } from "./graphql.js";
import { neighbourhood } from "./neighbourhood.js";
import { PHASE_WORDS } from "./phaseWords.js";
import { kindWords, relationWords } from "./relationWords.js";

type EntityData = NonNullable<EntityPageQuery["entity"]>;
type Relationship = EntityData["relations"][number];

const cite = (s: { title: string; section: string }) => `${s.title} § ${s.section}`;

/** The entity view: what it is (by kind), its links in plain words, its neighbourhood, its sources. */
export function entityView(id: string): HTMLElement {
  // Not a live region (the whole page read out): once shown, its heading takes the focus
  // left on the link followed (gone with the page it was on), and is read.
  const body = h("section", { class: "results" }, h("p", {}, "Loading…"));
  gqlNullable(EntityPageOperation, { id }).then(
    ({ entity }) => {
      show(
        body,
        ...(entity == null
          ? [
              h(
                "p",
                { class: "error", role: "alert" },
                `Nothing here has the id “${id}”: `,
                h(
                  "a",
                  { href: `#/search?q=${encodeURIComponent(id.replaceAll("-", " "))}` },
                  "search for it",
                ),
                " instead.",
              ),
            ]
          : renderEntity(entity)),
      );
      const heading = body.querySelector("h1");
      if (heading && (document.activeElement ?? document.body) === document.body) {
        heading.setAttribute("tabindex", "-1");
        heading.focus();
      }
    },
    (err: unknown) => showError(body, err),
  );
  return h("div", { class: "view" }, body);
}

function renderEntity(e: EntityData): Node[] {
  const groups = new Map<string, Relationship[]>();
  for (const r of e.relations) {
    const key = relationWords(r.relation, r.direction);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const others = [...new Map(e.relations.map((r) => [r.entity.id, r.entity])).values()];
  return [
    h("h1", {}, e.name, h("span", { class: "kind" }, ` ${kindWords(e.kind)}`)),
    e.aliases.length > 0
      ? h("p", { class: "aliases" }, `Also called: ${e.aliases.join(", ")}`)
      : null,
    h("p", {}, e.summary),
    ...whatItIs(e),
    h("h2", {}, "Linked to"),
    neighbourhood(
      e,
      others.filter((o) => o.id !== e.id),
    ),
    h(
      "dl",
      { class: "relations" },
      ...[...groups].flatMap(([words, rels]) => [
        h("dt", {}, words),
        ...rels.map((r) =>
          h(
            "dd",
            {},
            entityLink(r.entity),
            h("span", { class: "kind" }, ` ${kindWords(r.entity.kind)}`),
            h("span", { class: "explanation" }, `: ${r.explanation}`),
          ),
        ),
      ]),
    ),
    h("h2", {}, "Sources"),
    h("ul", { class: "sources" }, ...e.sources.map((s) => h("li", {}, cite(s)))),
  ].filter((n): n is NonNullable<typeof n> => n !== null);
}

/** What a runner came for, by kind: steps, dosage and phase; question and answer; warning sign; symptoms and plan. */
function whatItIs(e: EntityData): (HTMLElement | null)[] {
  switch (e.__typename) {
    case "Treatment":
      return [
        h(
          "dl",
          { class: "facts" },
          h("dt", {}, "Phase"),
          h("dd", { "data-phase": e.phase }, PHASE_WORDS[e.phase]),
          h("dt", {}, "How much"),
          h("dd", { class: "dosage" }, e.dosage ?? "The articles do not say."),
        ),
        h("h2", {}, "Steps"),
        e.steps.length > 0
          ? h("ol", { class: "steps" }, ...e.steps.map((s) => h("li", {}, s)))
          : h("p", {}, "The articles give no steps for this one."),
      ];
    case "Advice":
      return [
        h(
          "div",
          { class: "qa" },
          h("h2", {}, "Question"),
          h("p", { class: "question" }, e.question),
          h("h2", {}, "Answer"),
          h("p", { class: "answer" }, e.answer),
        ),
      ];
    case "Symptom": {
      const list = e.warningSignList;
      return [
        list
          ? h(
              "div",
              {
                class: `banner ${list.urgent ? "urgent" : "see_doctor"} warning-sign`,
                role: "note",
              },
              h(
                "strong",
                {},
                list.urgent
                  ? `A warning sign for the ${list.site}: see a doctor right away.`
                  : `A warning sign for the ${list.site}.`,
              ),
              " ",
              entityLink(list.advice),
              h("p", { class: "source" }, `Source: ${cite(list.source)}`),
            )
          : null,
        e.seeDoctor && !list
          ? h(
              "p",
              { class: "banner see_doctor", role: "note" },
              "Reporting this means seeing a doctor.",
            )
          : null,
        e.location ? h("p", {}, `Where it is felt: ${e.location}.`) : null,
      ];
    }
    case "Condition":
      return [
        e.seeDoctor
          ? h(
              "p",
              { class: "banner see_doctor", role: "note" },
              "The articles send runners with this to a doctor.",
            )
          : null,
        h("h2", {}, "How it shows"),
        e.symptoms.length > 0
          ? h("ul", { class: "symptoms" }, ...e.symptoms.map((s) => h("li", {}, entityLink(s))))
          : h("p", {}, "The articles list no symptoms for it."),
        h("h2", {}, "What to do"),
        ...Object.entries(PHASE_WORDS).map(([phase, words]) => {
          const items = e.treatments.filter((t) => t.phase === phase);
          return items.length === 0
            ? null
            : h(
                "section",
                { class: "phase" },
                h("h3", {}, words),
                h(
                  "ul",
                  {},
                  ...items.map((t) =>
                    h(
                      "li",
                      {},
                      entityLink(t),
                      t.dosage ? h("span", { class: "dosage" }, ` — ${t.dosage}`) : null,
                    ),
                  ),
                ),
              );
        }),
      ];
    default:
      return [];
  }
}
