export { INTERVIEW, Interviewer, type Known, type Question } from "./Interviewer.js";
export { chainStepsUp, kineticChain } from "./kineticChain.js";
export { EVIDENCE_KINDS, type MatchedInputs, matchInputs } from "./matchInputs.js";
export { ABSENT_WEIGHT } from "./rankConditions.js";
export { STEP_DIRECTIONS, type StepDirection, stepDirection } from "./stepDirection.js";
export { DISCLAIMER, type Evidence, TraceEngine, type TraceOptions } from "./TraceEngine.js";
export { TRIAGE_ADVICE_IDS } from "./triage.js";
export type * from "./types.js";
export { WarningSignRules } from "./WarningSignRules.js";
