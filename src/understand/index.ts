export { ComplaintReader, READ_LIMITS, type ReadContext } from "./ComplaintReader.js";
export { type Concept, Lexicon, MIN_TYPO_LENGTH } from "./Lexicon.js";
export { CONFIDENCE } from "./matchClause.js";
export { NEGATION_REACH } from "./readClauses.js";
export type * from "./types.js";
