import type { Entity } from "../graph/index.js";

/** Whether `e` is a warning sign: a red flag, or on an article's list of signs. */
export function isWarningSign(e: Entity): boolean {
  return e.kind === "SYMPTOM" && (e.redFlag || e.warningSignOf !== null);
}
