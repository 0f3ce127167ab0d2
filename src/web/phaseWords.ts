import type { TreatmentPhase } from "./generated/operations.js";

/** Each plan phase in words, in the order a plan presents them. */
export const PHASE_WORDS: Readonly<Record<TreatmentPhase, string>> = {
  RELIEF: "Ease the pain now",
  ROOT_CAUSE: "Fix what drives it",
  PREVENTION: "Keep it from coming back",
  MEDICAL: "What a doctor or physio does",
};
