import { groundLines, groundsHeard } from "./groundWords.js";
import type { Interview } from "./interviewState.js";
import type { Trace } from "./traceAnswer.js";
import { notUnderstood, unplacedWords } from "./traceRender.js";
import { heardNews, notWeighedHeard } from "./triageFirst.js";

/**
 * The status line a screen reader hears for trace `t` as `results` show it (see heardNews):
 * the banner's heading, the words it rests on, the one line, what was weighed nowhere, a
 * note when a link's warning-sign answers were set aside (`setAside`), the next question
 * on screen, or why none is left (the card's "No more questions").
 */
export function traceNews(
  t: Trace,
  results: HTMLElement,
  interview: Interview,
  setAside: boolean,
): string {
  const banner = results.querySelector(".banner");
  return heardNews({
    level: t.triage.level,
    heading: banner?.querySelector("strong")?.textContent ?? "",
    // The words it rests on, so a runner misread hears what to rephrase.
    grounds: groundsHeard(groundLines(t.triage, interview.symptoms)),
    line: results.querySelector(".answer-line")?.textContent ?? "",
    note: [
      notWeighedHeard(
        notUnderstood(t),
        unplacedWords(t),
        t.triage.level === "UNKNOWN" && t.conditions.length === 0,
      ),
      setAside ? "The link's warning-sign answers are asked again." : "",
      // The interview's end is news too: a runner who hears no next question hears why.
      results.querySelector(".question.done .done-why")?.textContent ?? "",
    ]
      .join(" ")
      .trim(),
    next: results.querySelector("section.question h2")?.textContent ?? "",
  });
}
