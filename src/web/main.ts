import { h, show, showError } from "./dom.js";
import { entityView } from "./entityView.js";
import { type EntityKind, StructuresOperation } from "./generated/operations.js";
import { gql } from "./graphql.js";
import { interviewFrom } from "./interviewState.js";
import type { Structure } from "./legDiagram.js";
import { searchView } from "./searchView.js";
import { traceView } from "./traceView.js";

const KINDS: readonly EntityKind[] = [
  "BODY_STRUCTURE",
  "CONDITION",
  "SYMPTOM",
  "CAUSE",
  "MECHANISM",
  "TREATMENT",
  "ADVICE",
];
const isKind = (k: string | null): k is EntityKind => KINDS.some((x) => x === k);

const main = document.getElementById("main") as HTMLElement;
let structures: Map<string, Structure> | null = null;

/**
 * Shows the view the URL's hash names: #/trace (default; with an interview's complaints and
 * answers, see interviewHash), #/search?q=…, #/entity/<id>.
 */
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
    if (path === "search") {
      const kind = params.get("kind");
      return show(main, searchView(params.get("q") ?? "", isKind(kind) ? kind : null));
    }
    if (structures === null) {
      const data = await gql(StructuresOperation, {});
      structures = new Map<string, Structure>(
        data.entities.edges.flatMap(({ node }) =>
          "region" in node
            ? [
                [
                  node.id,
                  {
                    id: node.id,
                    name: node.name,
                    region: node.region,
                  },
                ],
              ]
            : [],
        ),
      );
    }
    show(main, traceView(structures ?? new Map(), interviewFrom(params)));
  } catch (err) {
    // The page could not start (the leg's structures did not load): nothing was typed yet,
    // so the way on is to try again, not to change anything.
    showError(main, err, "Nothing was lost: try again in a moment.");
    main
      .querySelector(".error")
      ?.append(h("button", { type: "button", onclick: () => void route() }, "Try again"));
  }
}

window.addEventListener("hashchange", () => void route());
void route().then(() => {
  const heading = main.querySelector("h1");
  if (heading) heading.setAttribute("tabindex", "-1");
});
