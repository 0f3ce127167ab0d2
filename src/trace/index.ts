export { chainStepsUp, kineticChain } from "./kineticChain.js";
export { EVIDENCE_KINDS, type MatchedInputs, matchInputs } from "./matchInputs.js";
export { ABSENT_WEIGHT } from "./rankConditions.js";
export { DISCLAIMER, TraceEngine, type TraceOptions } from "./TraceEngine.js";
export { TRIAGE_ADVICE_IDS } from "./triage.js";
export type * from "./types.js";
