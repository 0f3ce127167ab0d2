import { LIMITS } from "../graphql/limits.js";
import { h, listOr, marked, show, showError } from "./dom.js";
import { COVERAGE, SEARCH_EXAMPLES } from "./examples.js";
import { type EntityKind, SearchOperation, type SearchQuery } from "./generated/operations.js";
import { gql } from "./graphql.js";
import { interviewHash, newInterview } from "./interviewState.js";
import { kindWords } from "./relationWords.js";

/** Hits per page; "More results" fetches the next page. */
const PAGE = 20;

const hitItem = (hit: NonNullable<SearchQuery["search"]>[number]) =>
  h(
    "li",
    {},
    h("a", { href: `#/entity/${encodeURIComponent(hit.entity.id)}` }, hit.entity.name),
    h("span", { class: "kind" }, ` ${kindWords(hit.entity.kind)}`),
    h("p", { class: "snippet" }, marked(hit.snippet)),
  );

const searchLink = (query: string, kind?: string) =>
  `#/search?q=${encodeURIComponent(query)}${kind ? `&kind=${kind}` : ""}`;

/** Whether the next search view takes the focus into its box (a search sent from the box). */
let refocus = false;

/**
 * The search view: results with snippets, kind facets to filter by, more results on demand;
 * a screen reader hears how many were found, not every snippet.
 */
export function searchView(query: string, kind: EntityKind | null): HTMLElement {
  const input = h("input", {
    type: "search",
    name: "q",
    value: query,
    maxlength: LIMITS.queryLength,
    "aria-label": "Search the knowledge",
    placeholder: "e.g. plantar fascitis, tight hips",
  });
  // Not a live region (twenty snippets read out at each search): `status` says the count.
  const results = h("section", { class: "results", id: "search-results" });
  const status = h("p", { class: "visually-hidden", role: "status", id: "search-status" });
  const form = h(
    "form",
    { role: "search", class: "search-form" },
    input,
    h("button", { type: "submit", class: "primary" }, "Search"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    refocus = true;
    location.hash = searchLink(input.value);
  });
  // A search sent from the box redraws the view: the focus goes back to the new box.
  if (refocus) {
    refocus = false;
    queueMicrotask(() => input.focus());
  }
  const examples = () =>
    h(
      "ul",
      { class: "examples" },
      ...SEARCH_EXAMPLES.map((e) => h("li", {}, h("a", { href: searchLink(e) }, e))),
    );
  if (query.trim().length === 0) {
    show(
      results,
      h("p", { class: "empty" }, "Type a condition, a symptom, a cause or a body part. Try:"),
      examples(),
    );
  } else {
    show(results, h("p", { class: "busy" }, "Searching…"));
    const kinds = kind ? [kind] : null;
    gql(SearchOperation, { query, kinds, limit: PAGE, offset: 0 }).then(
      ({ search, searchFacets }) => {
        // Nothing found: what the articles cover, and searches that find something.
        const found = searchFacets
          .filter((f) => kind === null || f.kind === kind)
          .reduce((n, f) => n + f.count, 0);
        status.textContent =
          search.length === 0
            ? `Nothing found for “${query}”.`
            : `${found} found for “${query}”, ${search.length} shown.`;
        if (search.length === 0 && kind === null) {
          return show(
            results,
            h("p", { class: "empty" }, `Nothing found for “${query}”. ${COVERAGE} Try:`),
            examples(),
          );
        }
        const hits = listOr(search, `Nothing found for “${query}”.`, "hits", hitItem);
        const more = h("button", { type: "button", class: "more" }, "More results");
        let offset = search.length;
        more.addEventListener("click", () => {
          more.disabled = true;
          gql(SearchOperation, { query, kinds, limit: PAGE, offset }).then(
            ({ search: next }) => {
              hits.append(...next.map(hitItem));
              offset += next.length;
              status.textContent = `${offset} shown.`;
              more.disabled = false;
              if (next.length < PAGE || offset + PAGE > LIMITS.searchOffset.max) more.remove();
            },
            (err: unknown) => showError(results, err),
          );
        });
        show(
          results,
          h(
            "nav",
            { class: "facets", "aria-label": "Filter by kind" },
            h(
              "a",
              { href: searchLink(query), "aria-current": kind === null ? "true" : undefined },
              "all",
            ),
            ...searchFacets.map((f) =>
              h(
                "a",
                {
                  href: searchLink(query, f.kind),
                  "aria-current": kind === f.kind ? "true" : undefined,
                },
                `${kindWords(f.kind)} (${f.count})`,
              ),
            ),
          ),
          hits,
          search.length === PAGE ? more : "",
        );
      },
      (err: unknown) => showError(results, err),
    );
  }
  // A runner describing their own pain here would get no triage: the trace checks the
  // warning signs first, so it is offered with what they typed.
  const toTrace =
    query.trim().length > 0
      ? h(
          "p",
          { class: "to-trace" },
          "Describing your own pain? ",
          h(
            "a",
            { href: interviewHash(newInterview([query.trim().slice(0, LIMITS.traceInputLength)])) },
            `Trace “${query.trim()}”`,
          ),
          ": it checks the warning signs first and says when to see a doctor.",
        )
      : null;
  return h("div", { class: "view" }, h("h1", {}, "Search"), form, toTrace, status, results);
}
