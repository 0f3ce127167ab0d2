import type { Entity, SourceDocument, Symptom, WarningSignList } from "../graph/index.js";
import { QUESTION_TEXTS } from "./questionTexts.js";

/**
 * The question a runner reads: whether they have the symptom, phrased as QUESTION_TEXTS
 * says, else in the symptom's own name ("Do you have numbness or tingling in the heel?").
 */
export function questionText(s: Symptom): string {
  const phrased = Object.hasOwn(QUESTION_TEXTS, s.id) ? QUESTION_TEXTS[s.id] : undefined;
  if (phrased !== undefined) return phrased;
  const name = s.name.charAt(0).toLowerCase() + s.name.slice(1);
  return `Do you have ${name}?`;
}

/** Names joined as a runner reads them: "a", "a and b", "a, b and c". */
function joined(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Why a warning sign is asked, in one sentence: the body part whose list names it, and
 * what a yes means there (see a doctor right away, or the list's own advice).
 */
export function warningSignWhy(s: Symptom, documents: ReadonlyMap<string, SourceDocument>): string {
  const list = documents.get(s.warningSignOf ?? "")?.warningSigns;
  if (!list) return "It is a warning sign: if you have it, see a doctor right away.";
  return list.urgent
    ? `It is a warning sign for the ${list.site}: if you have it, see a doctor right away.`
    : `It is a warning sign for the ${list.site}: if you have it, stop running and rest.`;
}

/**
 * Why a separating question is asked, in one sentence: the leading conditions it is a sign
 * of, and those it is not.
 */
export function separatesWhy(linked: readonly Entity[], others: readonly Entity[]): string {
  const yes = joined(linked.slice(0, 2).map((c) => c.name.toLowerCase()));
  const no = joined(others.slice(0, 2).map((c) => c.name.toLowerCase()));
  return no === ""
    ? `It is a sign of ${yes}, so your answer makes it more or less likely.`
    : `It is a sign of ${yes} but not of ${no}, so your answer tells them apart.`;
}

/** The checklist of a body part's warning signs as a runner reads it. */
export function checklistText(list: WarningSignList | null): string {
  return list
    ? `Do you have any of these along with your ${list.site} pain?`
    : "Do you have any of these?";
}

/** Why a body part's warning signs are asked together, in one sentence. */
export function checklistWhy(list: WarningSignList | null): string {
  if (!list) return "They are warning signs: if you have any, see a doctor right away.";
  return list.urgent
    ? `They are warning signs for the ${list.site}: if you have any, see a doctor right away.`
    : `They are warning signs for the ${list.site}: if you have any, stop running and rest.`;
}
