import { h, listOr, marked, show, showError } from "./dom.js";
import { gql } from "./graphql.js";

interface Hit {
  score: number;
  snippet: string;
  entity: { id: string; kind: string; name: string };
}

const SEARCH = `query($q: String!, $kinds: [EntityKind!]) {
  search(query: $q, kinds: $kinds, limit: 20) { score snippet entity { id kind name } }
  searchFacets(query: $q) { kind count } }`;

const label = (kind: string) => kind.toLowerCase().replace("_", " ");

/** The search view: results with snippets, and kind facets to filter by. */
export function searchView(query: string, kind: string | null): HTMLElement {
  const input = h("input", {
    type: "search",
    name: "q",
    value: query,
    "aria-label": "Search the knowledge",
    placeholder: "e.g. plantar fascitis, tight hips",
  });
  const results = h("section", { class: "results", "aria-live": "polite", id: "search-results" });
  const form = h(
    "form",
    { role: "search", class: "search-form" },
    input,
    h("button", { type: "submit", class: "primary" }, "Search"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(input.value)}`;
  });
  if (query.trim().length > 0) {
    gql<{ search: Hit[]; searchFacets: { kind: string; count: number }[] }>(SEARCH, {
      q: query,
      kinds: kind ? [kind] : null,
    }).then(
      ({ search, searchFacets }) =>
        show(
          results,
          h(
            "nav",
            { class: "facets", "aria-label": "Filter by kind" },
            h(
              "a",
              {
                href: `#/search?q=${encodeURIComponent(query)}`,
                "aria-current": kind === null ? "true" : undefined,
              },
              "all",
            ),
            ...searchFacets.map((f) =>
              h(
                "a",
                {
                  href: `#/search?q=${encodeURIComponent(query)}&kind=${f.kind}`,
                  "aria-current": kind === f.kind ? "true" : undefined,
                },
                `${label(f.kind)} (${f.count})`,
              ),
            ),
          ),
          listOr(search, "Nothing found.", "hits", (hit) =>
            h(
              "li",
              {},
              h("a", { href: `#/entity/${encodeURIComponent(hit.entity.id)}` }, hit.entity.name),
              h("span", { class: "kind" }, ` ${label(hit.entity.kind)}`),
              h("p", { class: "snippet" }, marked(hit.snippet)),
            ),
          ),
        ),
      (err: unknown) => showError(results, err),
    );
  }
  return h("div", { class: "view" }, h("h1", {}, "Search"), form, results);
}
