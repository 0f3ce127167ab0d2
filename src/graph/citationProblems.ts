import type { Suggest } from "./didYouMean.js";
import { entryProblem, type ProblemAt } from "./entryProblem.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import type { SourceDocument, SourceRef } from "./model.js";

/**
 * The problems of an entry's citations: UNKNOWN_DOCUMENT for a document not declared,
 * UNKNOWN_SECTION for a section its document does not list, each at its line under the
 * entry's `sources`, with the closest names (`suggest`; a section is compared with its
 * own document's sections only). A null citation (one the schema refused) is skipped.
 */
export function citationProblems(
  refs: readonly (SourceRef | null)[],
  documents: ReadonlyMap<string, SourceDocument>,
  at: ProblemAt,
  suggest: Suggest,
): GraphDataProblem[] {
  const problems: GraphDataProblem[] = [];
  refs.forEach((ref, i) => {
    // A citation without a document or section: the schema's problem says so.
    if (ref === null) return;
    const doc = documents.get(ref.doc);
    if (doc === undefined) {
      problems.push(
        entryProblem(
          at,
          "UNKNOWN_DOCUMENT",
          `cites document "${ref.doc}", which is not declared`,
          `use one of: ${[...documents.keys()].join(", ") || "(none declared)"}${suggest(ref.doc, documents.keys())}`,
          ["sources", i],
        ),
      );
    } else if (!doc.sections.includes(ref.section)) {
      problems.push(
        entryProblem(
          at,
          "UNKNOWN_SECTION",
          `cites section "${ref.section}", which document "${doc.id}" does not list`,
          `use one of its sections: ${doc.sections.join(" | ")}${suggest(ref.section, doc.sections)}`,
          ["sources", i],
        ),
      );
    }
  });
  return problems;
}
