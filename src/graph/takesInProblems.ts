import type { Suggest } from "./didYouMean.js";
import type { ReportProblem } from "./entryProblem.js";
import type { Entity } from "./model.js";
import type { ParsedFile } from "./ParsedFile.js";
import type { RawFindingProfile } from "./rawTypes.js";

/**
 * Problems of a profile's `takesIn` (the symptoms it takes in when both are reported):
 * each must be a symptom other than the profile's own entity, and no more urgent than it,
 * so a reading that keeps the one alone never triages lower than one that kept both: a
 * red flag is taken in only by a red flag, a warning sign only by a warning sign (or a red
 * flag), a see-a-doctor sign only by one of those.
 */
export function takesInProblems(
  f: ParsedFile,
  at: readonly (string | number)[],
  id: string,
  entity: Entity,
  raw: RawFindingProfile,
  entities: ReadonlyMap<string, Entity>,
  report: ReportProblem,
  suggest: Suggest,
): void {
  (raw.takesIn ?? []).forEach((taken, i) => {
    const path = [...at, "takesIn", i];
    const other = entities.get(taken);
    if (other?.kind !== "SYMPTOM" || taken === id) {
      report(
        f,
        path,
        id,
        "UNKNOWN_NODE",
        `takesIn names "${taken}", which is not another symptom`,
        `name a SYMPTOM node other than "${id}"${suggest(
          taken,
          [...entities.values()].filter((e) => e.kind === "SYMPTOM").map((e) => e.id),
        )}`,
      );
      return;
    }
    const urgency = (e: Entity) =>
      e.kind !== "SYMPTOM" ? 0 : e.redFlag ? 3 : e.warningSignOf !== null ? 2 : e.seeDoctor ? 1 : 0;
    if (urgency(other) > urgency(entity))
      report(
        f,
        path,
        id,
        "SCHEMA",
        `"${id}" takes in "${taken}", a more urgent sign than itself: a reading of both would then triage lower than either`,
        `remove "${taken}" from takesIn, or take it in by a sign at least as urgent`,
      );
  });
}
