import { show, showError } from "./dom.js";
import { entityView } from "./entityView.js";
import { gql } from "./graphql.js";
import type { Structure } from "./legDiagram.js";
import { searchView } from "./searchView.js";
import { traceView } from "./traceView.js";

const STRUCTURES = `{ entities(kind: BODY_STRUCTURE, first: 100) { edges { node { id name ... on BodyStructure { region kineticChain { id } upstream { id } } } } } }`;

interface StructureNode {
  id: string;
  name: string;
  region: string;
  kineticChain: { id: string }[];
  upstream: { id: string }[];
}

const main = document.getElementById("main") as HTMLElement;
let structures: Map<string, Structure> | null = null;

/** Shows the view the URL's hash names: #/trace (default), #/search?q=…, #/entity/<id>. */
async function route(): Promise<void> {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path = "", queryString = ""] = hash.split("?");
  const params = new URLSearchParams(queryString);
  for (const a of document.querySelectorAll("nav.tabs a")) {
    a.toggleAttribute(
      "aria-current",
      (a.getAttribute("href") ?? "").startsWith(`#/${path.split("/")[0] || "trace"}`),
    );
  }
  try {
    if (path.startsWith("entity/"))
      return show(main, entityView(decodeURIComponent(path.slice(7))));
    if (path === "search") return show(main, searchView(params.get("q") ?? "", params.get("kind")));
    if (structures === null) {
      const data = await gql<{ entities: { edges: { node: StructureNode }[] } }>(STRUCTURES);
      structures = new Map<string, Structure>(
        data.entities.edges.map(({ node }) => [
          node.id,
          {
            id: node.id,
            name: node.name,
            region: node.region,
            chain: node.kineticChain.map((c) => c.id),
            upstream: node.upstream.map((u) => u.id),
          },
        ]),
      );
    }
    show(main, traceView(structures ?? new Map()));
  } catch (err) {
    showError(main, err);
  }
}

window.addEventListener("hashchange", () => void route());
void route().then(() => {
  const heading = main.querySelector("h1");
  if (heading) heading.setAttribute("tabindex", "-1");
});
