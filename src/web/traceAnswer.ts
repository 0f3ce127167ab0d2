import { h } from "./dom.js";
import { entityLink } from "./entityLink.js";
import type { TraceQuery } from "./generated/operations.js";
import { type LegRoute, legDiagram, type Structure } from "./legDiagram.js";
import { PHASE_WORDS } from "./phaseWords.js";
import { aboutThem, askedOnly, theirsOnly } from "./triageFirst.js";

/** A trace as the explorer asks for it. */
export type Trace = NonNullable<TraceQuery["trace"]>;
type Step = Trace["rootCauses"][number]["paths"][number]["steps"][number];
/** An entity of a path with the structures it reaches: those it acts on or is felt in. */
type Reach = { id: string; affects?: { id: string }[]; feltIn?: { id: string }[] };

const RELATION_WORDS: Record<string, string> = {
  PRESENTS_WITH: "is a sign of",
  CAUSES: "is driven by",
  LEADS_TO: "can follow",
  FELT_IN: "is felt in",
  AFFECTS: "affects",
  UPSTREAM_OF: "sits below",
  PART_OF: "is part of",
  ATTACHES_TO: "attaches to",
};

/** A condition's score in words: at least 0.75 a strong fit, at least 0.4 some fit, else weak. */
export function fitWords(score: number): "strong fit" | "some fit" | "weak fit" {
  return score >= 0.75 ? "strong fit" : score >= 0.4 ? "some fit" : "weak fit";
}

/** The structures a path passes, runner's end first: structures themselves, and where its conditions and mechanisms act or its symptoms are felt. */
export function routeOf(
  cause: Trace["rootCauses"][number],
  structures: ReadonlyMap<string, Structure>,
): LegRoute {
  const steps = cause.paths[0]?.steps ?? [];
  const first: Reach = steps[0]?.from ?? cause.cause;
  const entities: Reach[] = [first, ...steps.map((s): Reach => s.to)];
  const points: string[] = [];
  for (const e of entities) {
    for (const id of [
      e.id,
      ...(e.affects ?? []).map((a) => a.id),
      ...(e.feltIn ?? []).map((a) => a.id),
    ]) {
      if (structures.has(id) && points.at(-1) !== id) points.push(id);
    }
  }
  return { id: cause.cause.id, name: cause.cause.name, points };
}

/**
 * The one-line answer first: the top condition ("Most likely" for a strong fit, else "Could
 * be": see leadWords; a site's general pain, `general`, is "not enough to tell yet"), where
 * it starts, the next thing to
 * do: see a doctor when URGENT (when only another person's signs are urgent, that they
 * should, then the runner's own next step), else the warning signs first while they are unanswered
 * (`signsPending`), then a doctor when SEE_DOCTOR (with the plan until then), else the plan, naming its first phase ("the plan below (first: ease the pain
 * now)"), never one treatment, as if the first to take. With no
 * condition it says so, and points at the questions only when one is on screen (`asking`,
 * default: the trace has questions).
 */
export function oneLine(
  t: Trace,
  signsPending = false,
  asking = t.questions.length > 0,
): HTMLElement {
  const top = t.conditions[0];
  const root = t.rootCauses[0];
  // The plan's first phase, not a treatment: the API orders a phase's treatments by id, so
  // "starting with Anti-inflammatory medicine" read as advice to take medicine first.
  const phase = (Object.keys(PHASE_WORDS) as (keyof typeof PHASE_WORDS)[]).find((p) =>
    t.treatments.some((x) => x.treatment.phase === p),
  );
  const relief = phase ? `the plan below (first: ${PHASE_WORDS[phase].toLowerCase()})` : undefined;
  const doctor = t.triage.level === "SEE_DOCTOR";
  // Another person's urgent sign is theirs to see a doctor about; the runner's own next step stays.
  const theirs = theirsOnly(t.triage, t.unplaced);
  const own =
    t.triage.level === "URGENT" && !theirs
      ? "see a doctor right away"
      : signsPending
        ? `check the warning signs below${doctor ? ", then see a doctor about this" : ""}`
        : doctor
          ? `see a doctor about this${relief ? `; until then, ${relief}` : ""}`
          : (relief ?? (asking ? "answer the questions below" : "say more about it"));
  // Only about them: no step of the runner's own to add.
  // Never "not you": the reader may have given the runner's own sign to them.
  const them =
    "the person you described should see a doctor right away, and so should you if you have any of it yourself";
  const next = !theirs ? own : aboutThem(t) ? them : `${them}; for you, ${own}`;
  if (top && askedOnly(t)) {
    // A question is not a complaint: what was asked about, never "most likely" or a fit.
    return h(
      "p",
      { class: "answer-line", tabindex: "-1" },
      h("strong", {}, "You asked about: "),
      ...t.conditions.flatMap((c, i) => [
        i > 0 ? ", " : "",
        entityLink(c.condition),
        // The articles' own word on it, since no triage is given for a question.
        c.condition.seeDoctor ? " (the articles send a runner who has it to a doctor)" : "",
      ]),
      ". This is what the articles say about it, not a check of you. ",
      h("strong", {}, "Next: "),
      "if it hurts you, say where, how it feels and when.",
    );
  }
  if (!top) {
    return h(
      "p",
      { class: "answer-line", tabindex: "-1" },
      h("strong", {}, "Nothing clear yet. "),
      // The banner under it says what to say and when to see a doctor: not said twice.
      t.triage.level === "URGENT"
        ? theirs
          ? "The person you described should see a doctor right away, and so should you if you have any of it yourself."
          : "See a doctor right away."
        : asking
          ? "Next: answer the questions below."
          : // Nothing understood: the parts covered are listed below (a headache is not
            // said "another way" into a heel complaint).
            t.triage.level === "UNKNOWN"
            ? "Next: pick where it hurts from the list below, or say it your way."
            : "Next: say more about where it hurts, how it feels and when.",
    );
  }
  const whom = aboutThem(t) ? ", for the person you described" : "";
  return h(
    "p",
    { class: "answer-line", tabindex: "-1" },
    // A site's general pain (`general`) is the complaint said back, not a diagnosis: never
    // "most likely" or a fit, but that the articles need more to tell a condition.
    ...(top.general
      ? [
          h("strong", {}, `Not enough to tell yet${whom}: `),
          "the words fit ",
          entityLink(top.condition),
          " in general, not yet one condition of the articles. ",
        ]
      : [
          // Only about another person: whose the likeliest condition is, before it is read as one's own.
          h("strong", {}, `${leadWords(top.score)}${whom}: `),
          entityLink(top.condition),
          ` (${fitWords(top.score)}). `,
        ]),
    root ? h("strong", {}, "Where it starts: ") : "",
    root ? entityLink(root.cause) : "",
    root ? ". " : "",
    h("strong", {}, "Next: "),
    `${next}.`,
  );
}

/**
 * How the one line introduces the top condition of `score`: "Most likely" only for a strong
 * fit (see fitWords); below it "Could be", since a some or weak fit is not the likeliest
 * thing, only the best the articles' few conditions give.
 */
export function leadWords(score: number): "Most likely" | "Could be" {
  return fitWords(score) === "strong fit" ? "Most likely" : "Could be";
}

/** A condition with its fit in words; the score and what supports it on demand. */
export function conditionItem(c: Trace["conditions"][number]): HTMLElement {
  return h(
    "li",
    { "data-fit": fitWords(c.score) },
    entityLink(c.condition),
    " ",
    h(
      "details",
      { class: "fit" },
      h("summary", {}, fitWords(c.score)),
      h(
        "p",
        {},
        `Score ${c.score.toFixed(2)} of 1: its share among the conditions that could explain what you reported and answered. Because of: ${c.matchedEvidence.map((s) => s.name).join(", ")}.`,
      ),
    ),
  );
}

/**
 * Where it starts: the leg drawn once, every root cause's route on it, and the list of
 * root causes, each a button that puts its route in front; hops open to their sources.
 */
export function rootCauses(t: Trace, structures: ReadonlyMap<string, Structure>): HTMLElement {
  const routes = t.rootCauses.map((r) => routeOf(r, structures));
  const frame = h("div", { class: "leg-frame" });
  const items = t.rootCauses.map((r, i) => {
    const button = h(
      "button",
      {
        type: "button",
        class: "show-route",
        "aria-pressed": i === 0 ? "true" : "false",
        "data-route": r.cause.id,
        // Named with its cause: five buttons all read "Show on the leg" tell nothing apart.
        "aria-label": `Show on the leg: ${r.cause.name}`,
      },
      "Show on the leg",
    );
    button.addEventListener("click", () => select(r.cause.id));
    const hops = r.paths[0]?.steps.length ?? 0;
    return h(
      "li",
      { class: "root" },
      // No rank in words: the articles do not rank causes, and the order is only the scores'.
      h("h3", {}, entityLink(r.cause)),
      button,
      h(
        "details",
        { class: "why" },
        h("summary", {}, `How it gets there (${hops} ${hops === 1 ? "step" : "steps"})`),
        h("ol", { class: "hops" }, ...(r.paths[0]?.steps ?? []).map(hopItem)),
        h(
          "p",
          { class: "source" },
          `Score ${r.score.toFixed(2)}: support summed over its paths, shrinking with each step; compare within this answer only.`,
        ),
      ),
    );
  });
  if (items.length === 0) return h("p", { class: "no-roots" }, "No root cause found up the chain.");
  const select = (id: string) => {
    const route = routes.find((r) => r.id === id);
    // A cause that is no structure of the leg (overpronation) has no ring or arrow of its
    // own: the key says so, rather than promise arrows the runner looks for in vain.
    const key =
      route && route.points.length < 2
        ? structures.has(route.id)
          ? "Red ring: where it hurts and where it starts, the same place. Grey lines: the other routes."
          : `Red ring: where it hurts. ${route.name} is not a part of the leg, so no arrow leads from it. Grey lines: the other routes.`
        : "Arrows run from where it starts (solid red dot) to where it hurts (red ring). Grey lines: the other routes.";
    frame.replaceChildren(legDiagram(structures, routes, id), h("p", { class: "leg-key" }, key));
    for (const b of items.map((li) => li.querySelector("button"))) {
      b?.setAttribute("aria-pressed", String(b.dataset.route === id));
    }
  };
  select(t.rootCauses[0]?.cause.id ?? "");
  return h("div", { class: "roots-layout" }, frame, h("ol", { class: "roots" }, ...items));
}

/** One hop, opening to its explanation and source. */
function hopItem(s: Step): HTMLElement {
  const source = s.sources.map((x) => `${x.title} § ${x.section}`).join("; ");
  const words = RELATION_WORDS[s.relation] ?? s.relation.toLowerCase().replaceAll("_", " ");
  return h(
    "li",
    {},
    h(
      "details",
      {},
      h("summary", {}, `${s.from.name} ${words} ${s.to.name}`),
      h("p", {}, s.explanation),
      h("p", { class: "source" }, `Source: ${source}`),
    ),
  );
}
