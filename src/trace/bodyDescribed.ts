import type { Whose } from "../understand/index.js";
import type { TraceMatch } from "./types.js";

/**
 * The matches a trace ranks on: all of them when the report is only about another person
 * (the body described), else the runner's own; another person's warning sign beside the
 * runner's report raises triage but ranks none of the runner's conditions. The same list
 * when nothing is another person's.
 */
export function bodyDescribed(matched: readonly TraceMatch[], about: Whose): readonly TraceMatch[] {
  if (about === "SOMEONE_ELSE" || matched.every((m) => m.whose === "RUNNER")) return matched;
  return matched.filter((m) => m.whose === "RUNNER");
}
