export { ComplaintReader } from "./ComplaintReader.js";
export {
  type BucketFigure,
  bucketKey,
  bucketOf,
  type ConfidenceTable,
  confidenceOf,
  EVIDENCE_WEIGHT,
  type FindingBasis,
} from "./confidence.js";
export { CONFIDENCE_TABLE } from "./confidenceTable.js";
export { CORRECTION_MEMO_SIZE, type Concept, Lexicon, MIN_TYPO_LENGTH } from "./Lexicon.js";
export type { ReadContext } from "./ReadContext.js";
export { NEGATION_REACH } from "./readClauses.js";
export { READ_LIMITS } from "./readLimits.js";
export {
  tokenizeComplaint,
  WORD_MEMO_BYTES,
  WORD_MEMO_SIZE,
  wordMemoStats,
} from "./tokenizeComplaint.js";
export type * from "./types.js";
