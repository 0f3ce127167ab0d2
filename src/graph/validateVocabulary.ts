import type { Suggest } from "./didYouMean.js";
import type { FindingProfile } from "./FindingProfile.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import { mergeVocabulary } from "./mergeVocabulary.js";
import type { Entity, SourceDocument } from "./model.js";
import type { ParsedFile } from "./ParsedFile.js";
import { validateFindings } from "./validateFindings.js";
import type { Vocabulary } from "./vocabulary.js";

/** The vocabulary and findings profiles merged from every file, with every problem found. */
export interface VocabularyResult {
  readonly vocabulary: Vocabulary;
  readonly findings: Map<string, FindingProfile>;
  readonly problems: GraphDataProblem[];
}

/**
 * Merges the vocabulary of every file and checks it with the findings profiles: ids
 * unique per list, `within` naming a site, `structure` a BODY_STRUCTURE, each profile
 * keyed by a symptom, cause or condition and naming only known sites, feelings, timings
 * and factors, and citing declared documents and sections (with the closest names from
 * `suggest`). Returns every problem.
 */
export function validateVocabulary(
  files: readonly ParsedFile[],
  entities: ReadonlyMap<string, Entity>,
  documents: ReadonlyMap<string, SourceDocument>,
  suggest: Suggest,
): VocabularyResult {
  const problems: GraphDataProblem[] = [];
  const vocabulary = mergeVocabulary(files, entities, problems, suggest);
  const findings = validateFindings(files, vocabulary, entities, documents, problems, suggest);
  return { vocabulary, findings, problems };
}
