import { entryProblem, type ProblemAt } from "./entryProblem.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import type { SourceDocument, SourceRef } from "./model.js";

/**
 * The problems of an entry's citations: UNKNOWN_DOCUMENT for a document not declared,
 * UNKNOWN_SECTION for a section its document does not list, each at its line under the
 * entry's `sources`.
 */
export function citationProblems(
  refs: readonly SourceRef[],
  documents: ReadonlyMap<string, SourceDocument>,
  at: ProblemAt,
): GraphDataProblem[] {
  const problems: GraphDataProblem[] = [];
  refs.forEach((ref, i) => {
    const doc = documents.get(ref.doc);
    if (doc === undefined) {
      problems.push(
        entryProblem(
          at,
          "UNKNOWN_DOCUMENT",
          `cites document "${ref.doc}", which is not declared`,
          `use one of: ${[...documents.keys()].join(", ") || "(none declared)"}`,
          ["sources", i],
        ),
      );
    } else if (!doc.sections.includes(ref.section)) {
      problems.push(
        entryProblem(
          at,
          "UNKNOWN_SECTION",
          `cites section "${ref.section}", which document "${doc.id}" does not list`,
          `use one of its sections: ${doc.sections.join(" | ")}`,
          ["sources", i],
        ),
      );
    }
  });
  return problems;
}
