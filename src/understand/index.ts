export { ComplaintReader, READ_LIMITS, type ReadContext } from "./ComplaintReader.js";
export { CONFIDENCE, EVIDENCE_WEIGHT } from "./confidence.js";
export { CORRECTION_MEMO_SIZE, type Concept, Lexicon, MIN_TYPO_LENGTH } from "./Lexicon.js";
export { NEGATION_REACH } from "./readClauses.js";
export { tokenizeComplaint, WORD_MEMO_SIZE } from "./tokenizeComplaint.js";
export type * from "./types.js";
