import { edgesAt } from "../graph/index.js";
import type {
  Entity,
  EntityKind,
  Relation,
  SourceDocument,
  SourceRef,
  TreatmentPhase,
} from "../graph/model.js";
import { TREATMENT_PHASES } from "../graph/model.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { RelationshipView } from "./views.js";

/**
 * Entities linked to `id` by `relation`: targets of its outgoing edges, or sources of its
 * incoming ones. Sorted by id; optionally only of the given kinds.
 */
export function neighbours(
  kb: KnowledgeBase,
  id: string,
  relation: Relation,
  direction: "OUTGOING" | "INCOMING",
): Entity[] {
  return relationships(kb, id, [relation], direction).map((r) => r.other);
}

/** Narrows a list of entities to one kind, keeping the type. */
export function ofKind<K extends EntityKind>(
  entities: readonly Entity[],
  kind: K,
): Extract<Entity, { kind: K }>[] {
  return entities.filter((e): e is Extract<Entity, { kind: K }> => e.kind === kind);
}

/** Edges at `id`, filtered by relations and direction, sorted by relation, direction, then id. */
export function relationships(
  kb: KnowledgeBase,
  id: string,
  relations: readonly Relation[] | null,
  direction: "OUTGOING" | "INCOMING" | null,
): RelationshipView[] {
  const out: RelationshipView[] = [
    ...(direction === "INCOMING" ? [] : edgesAt(kb.graph, id, "out", relations)).map((e) => ({
      ...e,
      direction: "OUTGOING" as const,
    })),
    ...(direction === "OUTGOING" ? [] : edgesAt(kb.graph, id, "in", relations)).map((e) => ({
      ...e,
      direction: "INCOMING" as const,
    })),
  ];
  return out.sort(
    (a, b) =>
      a.edge.relation.localeCompare(b.edge.relation) ||
      a.direction.localeCompare(b.direction) ||
      a.other.id.localeCompare(b.other.id),
  );
}

/** Treatments that treat or prevent `id`, in plan order: phase, then id. */
export function treatmentsOf(kb: KnowledgeBase, id: string) {
  const phase = (p: TreatmentPhase) => TREATMENT_PHASES.indexOf(p);
  const list = ofKind(
    [
      ...new Set([
        ...neighbours(kb, id, "TREATS", "INCOMING"),
        ...neighbours(kb, id, "PREVENTS", "INCOMING"),
      ]),
    ],
    "TREATMENT",
  );
  return list.sort((a, b) => phase(a.phase) - phase(b.phase) || a.id.localeCompare(b.id));
}

/** The document a citation names (validated at load, so always present). */
export function documentOf(kb: KnowledgeBase, ref: SourceRef): SourceDocument | undefined {
  return kb.data.documents.get(ref.doc);
}
