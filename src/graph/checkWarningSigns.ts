import type { Suggest } from "./didYouMean.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import type { Entity, EntityKind, SourceDocument } from "./model.js";

/**
 * Checks the warning-sign lists against the rest of the data: a list's section is one of
 * its document's sections, its structures are BODY_STRUCTURE nodes and its advice an
 * ADVICE node; a symptom's `warningSignOf` names a document that has a list, and its
 * `redFlag` says what that list means (urgent or not); `checklist: false` only on a sign of
 * a list. Every problem is an error; `suggest`
 * names the closest sections, ids and documents.
 */
export function checkWarningSigns(
  documents: ReadonlyMap<string, SourceDocument>,
  entities: ReadonlyMap<string, Entity>,
  lineOfDocument: (id: string) => { file: string; line: number },
  suggest: Suggest,
): GraphDataProblem[] {
  const problems: GraphDataProblem[] = [];
  const kindIs = (id: string, kind: EntityKind) => entities.get(id)?.kind === kind;
  const idsOf = (kind: EntityKind) =>
    [...entities.values()].filter((e) => e.kind === kind).map((e) => e.id);
  for (const doc of documents.values()) {
    const list = doc.warningSigns;
    if (list === null) continue;
    const at = { ...lineOfDocument(doc.id), entry: doc.id };
    if (!doc.sections.includes(list.section))
      problems.push(
        problem(
          at,
          `its warning signs name section "${list.section}", which it does not list`,
          `use one of its sections: ${doc.sections.join(" | ")}${suggest(list.section, doc.sections)}`,
        ),
      );
    for (const id of list.structures.filter((s) => !kindIs(s, "BODY_STRUCTURE")))
      problems.push(
        problem(
          at,
          `its warning signs govern "${id}", which is not a BODY_STRUCTURE node`,
          `list the ids of the structures of the body part the list governs${suggest(id, idsOf("BODY_STRUCTURE"))}`,
        ),
      );
    if (!kindIs(list.advice, "ADVICE"))
      problems.push(
        problem(
          at,
          `its warning signs take their advice from "${list.advice}", which is not an ADVICE node`,
          `name the ADVICE node whose answer tells a runner what the list means${suggest(list.advice, idsOf("ADVICE"))}`,
        ),
      );
  }
  for (const e of entities.values()) {
    if (e.kind === "SYMPTOM" && e.warningSignOf === null && !e.checklist)
      problems.push(
        problem(
          { file: e.origin.file, line: e.origin.line, entry: e.id },
          "checklist: false leaves it off a checklist, but it is on no warning-sign list",
          "add warningSignOf naming the list whose checklist already asks about it, or remove checklist",
        ),
      );
    if (e.kind !== "SYMPTOM" || e.warningSignOf === null) continue;
    const at = { file: e.origin.file, line: e.origin.line, entry: e.id };
    const list = documents.get(e.warningSignOf)?.warningSigns ?? null;
    if (list === null)
      problems.push(
        problem(
          at,
          `warningSignOf names "${e.warningSignOf}", which has no warning-sign list`,
          `use a document that declares warningSigns: ${listed(documents)}${suggest(
            e.warningSignOf,
            [...documents.values()].filter((d) => d.warningSigns !== null).map((d) => d.id),
          )}`,
        ),
      );
    else if (list.urgent !== e.redFlag)
      problems.push(
        problem(
          at,
          `redFlag is ${e.redFlag}, but the ${list.site} list it is on ${list.urgent ? "is" : "is not"} urgent`,
          `set redFlag: ${list.urgent}, or move it to the list of the body part it belongs to`,
        ),
      );
  }
  return problems;
}

function listed(documents: ReadonlyMap<string, SourceDocument>): string {
  const ids = [...documents.values()].filter((d) => d.warningSigns !== null).map((d) => d.id);
  return ids.join(", ") || "(none declared)";
}

function problem(
  at: { file: string; line: number; entry: string },
  message: string,
  fix: string,
): GraphDataProblem {
  return { code: "WARNING_SIGNS", severity: "error", ...at, message, fix };
}
