import { citationProblems } from "./citationProblems.js";
import type { Suggest } from "./didYouMean.js";
import { type ReportProblem, reportInto } from "./entryProblem.js";
import { DEFAULT_INDICATOR_CONFIDENCE, type FindingProfile } from "./FindingProfile.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import type { Entity, SourceDocument } from "./model.js";
import type { ParsedFile } from "./ParsedFile.js";
import type { RawFindingProfile } from "./rawTypes.js";
import { takesInProblems } from "./takesInProblems.js";
import type { Vocabulary } from "./vocabulary.js";

/** Kinds a findings profile may describe: what a runner can report (a mechanism they see: "my knees cave in"). */
const PROFILE_KINDS: readonly Entity["kind"][] = ["SYMPTOM", "CAUSE", "CONDITION", "MECHANISM"];

/**
 * The findings profiles of every file, by entity id. Each problem is pushed onto
 * `problems`: a profile keyed by no symptom, cause, condition or mechanism, given twice,
 * naming a site, feeling, timing or factor `vocabulary` does not define, a condition's
 * general profile without the symptom it counts as (or `countsAs` anywhere else), taking
 * in what is no symptom or more urgent than itself (see takesInProblems), or
 * citing an undeclared document or section; `suggest` names the closest ids and terms.
 */
export function validateFindings(
  files: readonly ParsedFile[],
  vocabulary: Vocabulary,
  entities: ReadonlyMap<string, Entity>,
  documents: ReadonlyMap<string, SourceDocument>,
  problems: GraphDataProblem[],
  suggest: Suggest,
): Map<string, FindingProfile> {
  const report = reportInto(problems);

  const known = {
    sites: new Set(vocabulary.sites.map((s) => s.id)),
    feelings: new Set(vocabulary.feelings.map((c) => c.id)),
    timings: new Set(vocabulary.timings.map((c) => c.id)),
    factors: new Set(vocabulary.factors.map((c) => c.id)),
  };
  const findings = new Map<string, FindingProfile>();
  // Without any vocabulary (its file did not parse), every term would be reported unknown.
  const noVocabulary = Object.values(known).every((set) => set.size === 0);
  for (const f of files) {
    for (const [id, raw] of f.findings) {
      const at = ["findings", id];
      const entity = entities.get(id);
      if (entity === undefined || !PROFILE_KINDS.includes(entity.kind)) {
        report(
          f,
          at,
          id,
          "UNKNOWN_NODE",
          `findings are keyed by "${id}", which is not a symptom, cause, condition or mechanism`,
          `key the profile by the id of a SYMPTOM, CAUSE, CONDITION or MECHANISM node${suggest(
            id,
            [...entities.values()].filter((e) => PROFILE_KINDS.includes(e.kind)).map((e) => e.id),
          )}`,
        );
        continue;
      }
      if (findings.has(id)) {
        report(
          f,
          at,
          id,
          "DUPLICATE_ID",
          `findings for "${id}" are given twice`,
          "merge the two profiles",
        );
        continue;
      }
      for (const key of [
        "sites",
        "notSites",
        "cameBefore",
        "feelings",
        "timings",
        "with",
        "factors",
        "unless",
      ] as const) {
        const terms =
          key === "unless"
            ? known.factors
            : key === "notSites" || key === "cameBefore"
              ? known.sites
              : key === "with"
                ? known.timings
                : known[key];
        (raw[key] ?? []).forEach((term, i) => {
          if (!noVocabulary && !terms.has(term)) {
            report(
              f,
              [...at, key, i],
              id,
              "UNKNOWN_TERM",
              `${key} names "${term}", which the vocabulary does not define`,
              `use one of: ${[...terms].join(", ") || "(none defined)"}${suggest(term, terms)}`,
            );
          }
        });
      }
      countsAsProblems(f, at, id, entity, raw, entities, report, suggest);
      takesInProblems(f, at, id, entity, raw, entities, report, suggest);
      problems.push(
        ...citationProblems(raw.sources, documents, { file: f, path: at, entry: id }, suggest),
      );
      findings.set(id, {
        entity: id,
        sites: raw.sites ?? [],
        notSites: raw.notSites ?? [],
        with: raw.with ?? [],
        feelings: raw.feelings ?? [],
        timings: raw.timings ?? [],
        factors: raw.factors ?? [],
        unless: raw.unless ?? [],
        anyOf: raw.anyOf ?? false,
        enough: raw.enough ?? [],
        indicators: (raw.indicators ?? []).map((x) => ({
          measure: x.measure,
          above: x.above,
          deniedAtOrBelow: x.deniedAtOrBelow ?? null,
          confidence: x.confidence ?? DEFAULT_INDICATOR_CONFIDENCE,
        })),
        general: raw.general ?? false,
        unplaced: raw.unplaced ?? false,
        anywhere: raw.anywhere ?? false,
        countsAs: raw.countsAs ?? null,
        takesIn: raw.takesIn ?? [],
        cameBefore: raw.cameBefore ?? [],
        sources: raw.sources,
        origin: { file: f.file, line: f.lineOf(at) },
      });
    }
  }
  return findings;
}

/**
 * A condition read from its site's generic pain ("my ankle aches": runners-ankle) says no
 * more than that pain, so its general profile must name the symptom the pain is
 * (`countsAs`), which the trace weighs it as: a plain symptom, never a warning sign (a
 * generic ache would then raise triage); no other profile may name one.
 */
function countsAsProblems(
  f: ParsedFile,
  at: readonly (string | number)[],
  id: string,
  entity: Entity,
  raw: RawFindingProfile,
  entities: ReadonlyMap<string, Entity>,
  report: ReportProblem,
  suggest: Suggest,
): void {
  const generic = entity.kind === "CONDITION" && raw.general === true;
  if (raw.countsAs === undefined) {
    if (generic)
      report(
        f,
        at,
        id,
        "SCHEMA",
        `"${id}" is a condition read from generic pain (general: true) but names no symptom it counts as`,
        "add countsAs: the id of the SYMPTOM that pain is (the site's pain the condition is named after)",
      );
    return;
  }
  if (!generic) {
    report(
      f,
      [...at, "countsAs"],
      id,
      "SCHEMA",
      `countsAs is given for "${id}", which is not a condition with general: true`,
      "remove countsAs: only a condition read from its site's generic pain counts as a symptom",
    );
    return;
  }
  const symptom = entities.get(raw.countsAs);
  if (symptom?.kind === "SYMPTOM" && (symptom.redFlag || symptom.warningSignOf !== null))
    report(
      f,
      [...at, "countsAs"],
      id,
      "SCHEMA",
      `countsAs names "${raw.countsAs}", a warning sign: every "my ankle aches" would then raise triage as that sign`,
      "name the site's plain pain (a SYMPTOM that is no red flag and on no warning-sign list)",
    );
  if (symptom?.kind !== "SYMPTOM")
    report(
      f,
      [...at, "countsAs"],
      id,
      "UNKNOWN_NODE",
      `countsAs names "${raw.countsAs}", which is not a symptom`,
      `name a SYMPTOM node${suggest(
        raw.countsAs,
        [...entities.values()].filter((e) => e.kind === "SYMPTOM").map((e) => e.id),
      )}`,
    );
}
