import { assertNever, type Entity } from "../graph/index.js";

/** The searchable fields of an entity. */
export interface EntityDocument {
  readonly id: string;
  readonly kind: Entity["kind"];
  readonly name: string;
  readonly aliases: string;
  readonly summary: string;
  /** Kind-specific text: steps and dosage, where a symptom is felt, an advice's question and answer. */
  readonly text: string;
}

/** The text of an entity that search indexes and draws snippets from. */
export function entityDocument(entity: Entity): EntityDocument {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases.join(" · "),
    summary: entity.summary,
    text: kindText(entity).join(" "),
  };
}

/** Passages of an entity's own text, in the order a snippet prefers them. */
export function entityPassages(entity: Entity): string[] {
  return [entity.summary, ...kindText(entity), entity.name, ...entity.aliases].filter(
    (p) => p.length > 0,
  );
}

function kindText(entity: Entity): string[] {
  switch (entity.kind) {
    case "TREATMENT":
      return [...(entity.dosage === null ? [] : [entity.dosage]), ...entity.steps];
    case "SYMPTOM":
      return entity.location === null ? [] : [`Felt: ${entity.location}.`];
    case "ADVICE":
      return [entity.question, entity.answer];
    case "BODY_STRUCTURE":
    case "CONDITION":
    case "CAUSE":
    case "MECHANISM":
      return [];
    default:
      return assertNever(entity);
  }
}
