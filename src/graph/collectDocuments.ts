import { entryProblem } from "./entryProblem.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import type { Origin, SourceDocument } from "./model.js";
import type { ParsedFile } from "./ParsedFile.js";

/**
 * The source documents declared in every file, by id, each with its origin put in
 * `origins`; a document declared twice is a DUPLICATE_DOCUMENT pushed onto `problems`.
 */
export function collectDocuments(
  files: readonly ParsedFile[],
  problems: GraphDataProblem[],
  origins: Map<string, Origin>,
): Map<string, SourceDocument> {
  const documents = new Map<string, SourceDocument>();
  for (const f of files) {
    for (const { raw: doc, index: i } of f.sources) {
      if (documents.has(doc.id)) {
        problems.push(
          entryProblem(
            { file: f, path: ["sources", i], entry: doc.id },
            "DUPLICATE_DOCUMENT",
            `document id "${doc.id}" is declared twice`,
            "declare each document once",
          ),
        );
        continue;
      }
      documents.set(doc.id, {
        id: doc.id,
        title: doc.title,
        file: doc.file,
        sections: doc.sections,
        warningSigns: doc.warningSigns ?? null,
      });
      origins.set(doc.id, { file: f.file, line: f.lineOf(["sources", i]) });
    }
  }
  return documents;
}
