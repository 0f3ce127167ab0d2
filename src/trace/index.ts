export { INTERVIEW, Interviewer, type Known, type Question } from "./Interviewer.js";
export { chainStepsUp, kineticChain } from "./kineticChain.js";
export { EVIDENCE_KINDS, MIN_COVERAGE, textSearches } from "./matchInputs.js";
export { memoizeMatcher } from "./memoizeMatcher.js";
export { DISCLAIMER, type Evidence, TraceEngine, type TraceOptions } from "./TraceEngine.js";
export { TRIAGE_ADVICE_IDS } from "./triage.js";
export type * from "./types.js";
export { WarningSignRules } from "./WarningSignRules.js";
