import { h } from "./dom.js";

/**
 * Shows that a trace is on its way: a visible line on the card just answered, else at the
 * top of the results (what is there already is dimmed by the stylesheet while
 * aria-busy), and a few words for a screen reader.
 */
export function working(results: HTMLElement, status: HTMLElement): void {
  results.querySelector(".busy")?.remove();
  const note = h("p", { class: "busy" }, "Working out the answer…");
  const card = results.querySelector("section.question");
  if (card) card.append(note);
  else results.prepend(note);
  status.textContent = "Working out the answer…";
}

/**
 * Whether the head of an answer is on screen: the triage banner whole and the next
 * question's heading (when there is one). On a phone the form above pushes them down, so
 * a new trace scrolls the answer to the top instead (warnings seen without scrolling).
 */
export function headInView(results: HTMLElement): boolean {
  const banner = results.querySelector(".banner");
  const question = results.querySelector("section.question h2");
  return [banner, question].every((e) => e === null || inView(e));
}

/** Whether an element is whole within the window (to a pixel: layout has fractions). */
export function inView(e: Element): boolean {
  const box = e.getBoundingClientRect();
  return box.top > -1 && box.bottom < window.innerHeight + 1;
}
