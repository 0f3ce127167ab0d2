import { h, show, showError, svg } from "./dom.js";
import { gql } from "./graphql.js";

interface Relationship {
  relation: string;
  direction: string;
  explanation: string;
  entity: { id: string; name: string; kind: string };
  sources: { title: string; section: string }[];
}
interface EntityData {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  summary: string;
  sources: { title: string; section: string }[];
  relations: Relationship[];
}

const ENTITY = `query($id: ID!) { entity(id: $id) { id kind name aliases summary sources { title section }
  relations { relation direction explanation entity { id name kind } sources { title section } } } }`;

/** The entity view: what it is, its sources, and its neighbourhood drawn as a graph. */
export function entityView(id: string): HTMLElement {
  const body = h("section", { class: "results", "aria-live": "polite" }, h("p", {}, "Loading…"));
  gql<{ entity: EntityData | null }>(ENTITY, { id }).then(
    ({ entity }) =>
      show(
        body,
        ...(entity === null
          ? [h("p", { class: "error", role: "alert" }, `No entity has the id “${id}”.`)]
          : renderEntity(entity)),
      ),
    (err: unknown) => showError(body, err),
  );
  return h("div", { class: "view" }, body);
}

function renderEntity(e: EntityData): Node[] {
  const groups = new Map<string, Relationship[]>();
  for (const r of e.relations)
    groups.set(`${r.relation} ${r.direction}`, [
      ...(groups.get(`${r.relation} ${r.direction}`) ?? []),
      r,
    ]);
  return [
    h("h1", {}, e.name, h("span", { class: "kind" }, ` ${e.kind.toLowerCase().replace("_", " ")}`)),
    e.aliases.length > 0
      ? h("p", { class: "aliases" }, `Also called: ${e.aliases.join(", ")}`)
      : null,
    h("p", {}, e.summary),
    neighbourhood(e),
    h("h2", {}, "Links"),
    h(
      "dl",
      { class: "relations" },
      ...[...groups].flatMap(([key, rels]) => [
        h(
          "dt",
          {},
          key.toLowerCase().replace("_", " ").replace(" outgoing", " →").replace(" incoming", " ←"),
        ),
        ...rels.map((r) =>
          h(
            "dd",
            { title: r.explanation },
            h("a", { href: `#/entity/${encodeURIComponent(r.entity.id)}` }, r.entity.name),
            h("span", { class: "explanation" }, ` — ${r.explanation}`),
          ),
        ),
      ]),
    ),
    h("h2", {}, "Sources"),
    h(
      "ul",
      { class: "sources" },
      ...e.sources.map((s) => h("li", {}, `${s.title} § ${s.section}`)),
    ),
  ].filter((n): n is NonNullable<typeof n> => n !== null);
}

/** The entity at the centre, its neighbours around it, each a link onward. */
function neighbourhood(e: EntityData): SVGElement {
  const others = [...new Map(e.relations.map((r) => [r.entity.id, r])).values()].slice(0, 24);
  const size = 360;
  const c = size / 2;
  const root = svg("svg", {
    viewBox: `0 0 ${size} ${size}`,
    class: "neighbourhood",
    role: "img",
    "aria-label": `${e.name} and the ${others.length} entities linked to it`,
  });
  others.forEach((r, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, others.length) - Math.PI / 2;
    const x = c + Math.cos(a) * (c - 60);
    const y = c + Math.sin(a) * (c - 40);
    root.append(svg("line", { x1: c, y1: c, x2: x, y2: y, class: "link" }));
    const anchor = svg("a", { href: `#/entity/${encodeURIComponent(r.entity.id)}` });
    anchor.append(
      svg("circle", { cx: x, cy: y, r: 6, class: `dot ${r.entity.kind.toLowerCase()}` }),
      svg("text", { x, y: y - 10, "text-anchor": "middle" }, r.entity.name),
    );
    root.append(anchor);
  });
  root.append(
    svg("circle", { cx: c, cy: c, r: 10, class: "dot centre" }),
    svg("text", { x: c, y: c - 14, "text-anchor": "middle", class: "centre-label" }, e.name),
  );
  return root;
}
