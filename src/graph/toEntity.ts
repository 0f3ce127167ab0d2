import { assertNever, type Entity, type Origin } from "./model.js";
import type { RawNode } from "./rawTypes.js";

/** Turns a schema-checked node into an Entity, filling each optional field's default. */
export function toEntity(raw: RawNode, origin: Origin): Entity {
  const base = {
    id: raw.id,
    name: raw.name.trim(),
    aliases: (raw.aliases ?? []).map((a) => a.trim()),
    summary: normalizeText(raw.summary),
    sources: raw.sources,
    origin,
  };
  switch (raw.kind) {
    case "BODY_STRUCTURE":
      // The schema requires a region for structures; "FOOT" is never reached in valid data.
      return { ...base, kind: raw.kind, region: raw.region ?? "FOOT" };
    case "CONDITION":
      return { ...base, kind: raw.kind, seeDoctor: raw.seeDoctor ?? false };
    case "SYMPTOM":
      return {
        ...base,
        kind: raw.kind,
        redFlag: raw.redFlag ?? false,
        warningSignOf: raw.warningSignOf ?? null,
        checklist: raw.checklist ?? true,
        seeDoctor: raw.seeDoctor ?? false,
        location: raw.location?.trim() ?? null,
      };
    case "CAUSE":
    case "MECHANISM":
      return { ...base, kind: raw.kind };
    case "TREATMENT":
      return {
        ...base,
        kind: raw.kind,
        phase: raw.phase ?? "RELIEF",
        dosage: raw.dosage?.trim() ?? null,
        steps: (raw.steps ?? []).map(normalizeText),
      };
    case "ADVICE":
      return {
        ...base,
        kind: raw.kind,
        question: (raw.question ?? raw.name).trim(),
        answer: normalizeText(raw.answer ?? raw.summary),
      };
    default:
      return assertNever(raw.kind);
  }
}

/** Folds YAML's folded/literal text into single-spaced prose. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
