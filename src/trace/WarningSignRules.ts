import type {
  Entity,
  KnowledgeGraph,
  SourceDocument,
  Steps,
  Symptom,
  WarningSignList,
} from "../graph/index.js";
import { edgesAt, entityAt, graphEntities } from "../graph/index.js";

/** A reported warning sign and the list that governs it where the runner reported it. */
export interface GovernedSign {
  readonly sign: Symptom;
  /** Null when the sign names no declared list: then its redFlag alone says whether it is urgent. */
  readonly list: WarningSignList | null;
}

/**
 * Which article's warning signs govern which body part, as graph-data declares it
 * (`warningSigns` on the documents, `warningSignOf` on the symptoms). A sign felt at a
 * structure is read by that structure's list. A sign with no place of its own (limping,
 * "it is swollen") takes the body part of the rest of the report: reported with ankle
 * pain it is read by the ankle article, with heel pain by the heel article; with no body
 * part, or with several, an urgent list wins (red flags always win).
 */
export class WarningSignRules {
  private readonly lists = new Map<string, WarningSignList>();
  /** Structure id → ids of the documents whose lists govern it. */
  private readonly governed = new Map<string, Set<string>>();
  /** Symptom or condition id → {@link placeOf} it, when built with {@link build} (one per entity). */
  private readonly places = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly graph: KnowledgeGraph,
    documents: ReadonlyMap<string, SourceDocument>,
  ) {
    for (const doc of documents.values()) {
      if (doc.warningSigns === null) continue;
      this.lists.set(doc.id, doc.warningSigns);
      const queue = doc.warningSigns.structures.filter((id) => entityAt(graph, id) !== null);
      // A structure PART_OF a governed one is governed too (the talus within the ankle).
      for (let i = 0; i < queue.length; i++) {
        const id = queue[i] ?? "";
        const docs = this.governed.get(id) ?? new Set<string>();
        if (docs.has(doc.id)) continue;
        docs.add(doc.id);
        this.governed.set(id, docs);
        for (const part of edgesAt(graph, id, "INCOMING", ["PART_OF"])) queue.push(part.other.id);
      }
    }
  }

  /**
   * The rules of `documents` over `graph`, with the place of every symptom and condition
   * found at once, one entity per step (see Steps), so a trace looks places up.
   */
  static *build(
    graph: KnowledgeGraph,
    documents: ReadonlyMap<string, SourceDocument>,
  ): Steps<WarningSignRules> {
    const rules = new WarningSignRules(graph, documents);
    for (const entity of graphEntities(graph)) {
      if (entity.kind === "SYMPTOM" || entity.kind === "CONDITION")
        rules.places.set(entity.id, rules.findPlace(entity));
      yield;
    }
    return rules;
  }

  /**
   * Ids of the documents whose lists govern where `entity` is felt (or, for a condition,
   * acts). Read only: the set may be shared by every call.
   */
  placeOf(entity: Entity): ReadonlySet<string> {
    return this.places.get(entity.id) ?? this.findPlace(entity);
  }

  private findPlace(entity: Entity): Set<string> {
    const relation = entity.kind === "CONDITION" ? "AFFECTS" : "FELT_IN";
    const docs = new Set<string>();
    if (entity.kind !== "SYMPTOM" && entity.kind !== "CONDITION") return docs;
    for (const e of edgesAt(this.graph, entity.id, "OUTGOING", [relation]))
      for (const doc of this.governed.get(e.other.id) ?? []) docs.add(doc);
    return docs;
  }

  /**
   * The warning signs among `reported`, each with the list that governs it there: where the
   * report places it, with the body parts of `felt` (structures where something was felt that
   * no symptom there names: "I'm limping because of my heel" places the limp at the heel),
   * which only ever raise a sign to an urgent list, never lower it.
   */
  govern(reported: readonly Entity[], felt: readonly Entity[] = []): GovernedSign[] {
    const signs = reported.filter(
      (e): e is Symptom => e.kind === "SYMPTOM" && (e.redFlag || e.warningSignOf !== null),
    );
    if (signs.length === 0) return [];
    const sites = new Set<string>();
    for (const e of reported) for (const doc of this.placeOf(e)) sites.add(doc);
    if (felt.length === 0) return signs.map((sign) => ({ sign, list: this.listFor(sign, sites) }));
    const withFelt = new Set(sites);
    for (const place of felt)
      for (const doc of this.governed.get(place.id) ?? []) withFelt.add(doc);
    // Where the sign was felt only ever raises it: red flags win.
    return signs.map((sign) => {
      const list = this.listFor(sign, sites);
      const there = this.listFor(sign, withFelt);
      return { sign, list: there?.urgent === true ? there : list };
    });
  }

  private listFor(sign: Symptom, sites: ReadonlySet<string>): WarningSignList | null {
    if (sign.warningSignOf === null) return null;
    const own = this.lists.get(sign.warningSignOf) ?? null;
    if (this.placeOf(sign).size > 0 || sites.size === 0 || sites.has(sign.warningSignOf))
      return own;
    const candidates = [...sites]
      .sort()
      .map((id) => this.lists.get(id))
      .filter((l): l is WarningSignList => l !== undefined);
    return candidates.find((l) => l.urgent) ?? candidates[0] ?? own;
  }
}
