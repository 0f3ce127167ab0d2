import { LIMITS } from "../graphql/limits.js";
import { complaintSuggestions, SUGGESTIONS_ASKED } from "./complaintSuggestions.js";
import { h, show } from "./dom.js";
import { SuggestOperation } from "./generated/operations.js";
import { gql } from "./graphql.js";

/** How many characters an edit would insert: typed, pasted or dropped text. */
function incomingLength(e: InputEvent): number {
  return (e.data ?? e.dataTransfer?.getData("text/plain") ?? "").length;
}

/** How many characters of the field are selected (an insertion replaces them). */
function selectedLength(input: HTMLInputElement): number {
  return (input.selectionEnd ?? 0) - (input.selectionStart ?? 0);
}

let pending = 0;

/**
 * Offers the suggestions for what is typed (from 2 characters on) in `datalist`: symptoms
 * only (see complaintSuggestions); only the latest answer shows.
 */
function suggest(prefix: string, datalist: HTMLDataListElement) {
  if (prefix.trim().length < 2) return;
  const ticket = ++pending;
  const asked = { prefix: prefix.slice(0, LIMITS.prefixLength), limit: SUGGESTIONS_ASKED };
  gql(SuggestOperation, asked).then(
    ({ suggest: items }) => {
      if (ticket !== pending) return;
      const texts = complaintSuggestions(items ?? []);
      show(datalist, ...texts.map((text) => h("option", { value: text })));
    },
    () => undefined,
  );
}

/**
 * Complaint box number `count` (1-based) holding `value`, as a list item: suggestions from
 * `datalist` as the runner types, at most the API's characters, and a line under it saying
 * so when a paste was cut there.
 */
export function complaintInput(
  count: number,
  value: string,
  datalist: HTMLDataListElement,
): { item: HTMLElement; input: HTMLInputElement } {
  const input = h("input", {
    type: "text",
    name: "complaint",
    list: datalist.id,
    autocomplete: "off",
    maxlength: LIMITS.traceInputLength,
    value,
    "aria-label": `Complaint ${count}`,
    placeholder: count === 1 ? "e.g. stabbing pain under my heel" : "another complaint",
  });
  const cut = h("p", { class: "cut", id: `complaint-${count}-cut`, role: "status" });
  input.setAttribute("aria-describedby", cut.id);
  input.addEventListener("beforeinput", (e) => {
    const room = LIMITS.traceInputLength - input.value.length + selectedLength(input);
    if (incomingLength(e) > room) {
      cut.textContent = `${input.getAttribute("aria-label")} keeps ${LIMITS.traceInputLength} characters at most, so the rest was cut: put it in another complaint.`;
    }
  });
  input.addEventListener("input", () => {
    if (input.value.length < LIMITS.traceInputLength) cut.textContent = "";
    suggest(input.value, datalist);
  });
  return { item: h("li", {}, input, cut), input };
}
