import type { Direction, Entity, Relation } from "../knowledge/index.js";
import { rootCausesArguments } from "./checkArguments.js";
import type { Context } from "./context.js";
import type { Resolvers } from "./generated/resolversTypes.js";
import { relationFilter } from "./relationFilter.js";

/** `relations` of every entity type: its edges, filtered by relation and direction. */
const relations = (
  entity: Entity,
  args: {
    relations?: readonly Relation[] | null;
    relation?: readonly Relation[] | null;
    direction?: Direction | null;
  },
  { kb }: Context,
) => kb.relationships(entity.id, relationFilter(args), args.direction ?? null);

/** Resolvers of the Node and Entity interfaces, its seven types, Source and Relationship. */
export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (entity) => typeName(entity),
  },
  Node: {
    __resolveType: (entity) => typeName(entity),
  },
  Source: {
    documentId: (ref) => ref.doc,
    id: (ref) => ref.doc,
    title: (ref, _a, { kb }) => kb.document(ref.doc)?.title ?? ref.doc,
    section: (ref) => ref.section,
  },
  WarningSignList: {
    site: (w) => w.list.site,
    urgent: (w) => w.list.urgent,
    source: (w) => ({ doc: w.doc, section: w.list.section }),
    advice: (w, _a, { kb }) => kb.advice(w.list.advice),
  },
  Relationship: {
    relation: (r) => r.edge.relation,
    direction: (r) => r.direction,
    entity: (r) => r.other,
    explanation: (r) => r.edge.explanation,
    common: (r) => r.edge.common,
    sources: (r) => r.edge.sources,
  },
  BodyStructure: {
    relations,
    upstream: (s, _a, { kb }) => kb.related(s.id, ["UPSTREAM_OF"], "INCOMING", "BODY_STRUCTURE"),
    downstream: (s, _a, { kb }) => kb.related(s.id, ["UPSTREAM_OF"], "OUTGOING", "BODY_STRUCTURE"),
    partOf: (s, _a, { kb }) => kb.related(s.id, ["PART_OF"], "OUTGOING", "BODY_STRUCTURE"),
    parts: (s, _a, { kb }) => kb.related(s.id, ["PART_OF"], "INCOMING", "BODY_STRUCTURE"),
    attachesTo: (s, _a, { kb }) => kb.related(s.id, ["ATTACHES_TO"], "OUTGOING", "BODY_STRUCTURE"),
    attachments: (s, _a, { kb }) => kb.related(s.id, ["ATTACHES_TO"], "INCOMING", "BODY_STRUCTURE"),
    conditions: (s, _a, { kb }) => kb.related(s.id, ["AFFECTS"], "INCOMING", "CONDITION"),
    symptoms: (s, _a, { kb }) => kb.related(s.id, ["FELT_IN"], "INCOMING", "SYMPTOM"),
    kineticChain: (s, _a, { kb }) => kb.kineticChain(s.id) ?? [s],
  },
  Condition: {
    relations,
    affects: (c, _a, { kb }) => kb.related(c.id, ["AFFECTS"], "OUTGOING", "BODY_STRUCTURE"),
    symptoms: (c, _a, { kb }) => kb.related(c.id, ["PRESENTS_WITH"], "OUTGOING", "SYMPTOM"),
    causedBy: (c, _a, { kb }) => kb.related(c.id, ["CAUSES"], "INCOMING"),
    causes: (c, _a, { kb }) => kb.related(c.id, ["CAUSES"], "INCOMING"),
    contributesTo: (c, _a, { kb }) => kb.related(c.id, ["CAUSES"], "OUTGOING"),
    leadsTo: (c, _a, { kb }) => kb.related(c.id, ["LEADS_TO"], "OUTGOING", "CONDITION"),
    leadsFrom: (c, _a, { kb }) => kb.related(c.id, ["LEADS_TO"], "INCOMING", "CONDITION"),
    treatments: (c, _a, { kb }) => kb.treatmentsOf(c.id),
    rootCauses: (c, args, { kb, budget }) => kb.rootCausesOf(c, rootCausesArguments(args, budget)),
  },
  Symptom: {
    relations,
    indicates: (s, _a, { kb }) => kb.related(s.id, ["PRESENTS_WITH"], "INCOMING", "CONDITION"),
    feltIn: (s, _a, { kb }) => kb.related(s.id, ["FELT_IN"], "OUTGOING", "BODY_STRUCTURE"),
    warningSignList: (s, _a, { kb }) => kb.warningSignsOf(s),
  },
  Cause: {
    relations,
    contributesTo: (c, _a, { kb }) => kb.related(c.id, ["CAUSES"], "OUTGOING"),
    causedBy: (c, _a, { kb }) => kb.related(c.id, ["CAUSES"], "INCOMING"),
    treatments: (c, _a, { kb }) => kb.treatmentsOf(c.id),
  },
  Mechanism: {
    relations,
    contributesTo: (m, _a, { kb }) => kb.related(m.id, ["CAUSES"], "OUTGOING"),
    affects: (m, _a, { kb }) => kb.related(m.id, ["AFFECTS"], "OUTGOING", "BODY_STRUCTURE"),
    causedBy: (m, _a, { kb }) => kb.related(m.id, ["CAUSES"], "INCOMING"),
    treatments: (m, _a, { kb }) => kb.treatmentsOf(m.id),
  },
  Treatment: {
    relations,
    treats: (t, _a, { kb }) => kb.related(t.id, ["TREATS", "PREVENTS"], "OUTGOING"),
    prevents: (t, _a, { kb }) => kb.related(t.id, ["PREVENTS"], "OUTGOING"),
  },
  Advice: {
    relations,
    about: (a, _args, { kb }) => kb.related(a.id, ["ABOUT"], "OUTGOING"),
  },
};

/** The GraphQL type name of an entity. */
export function typeName(entity: Entity) {
  switch (entity.kind) {
    case "BODY_STRUCTURE":
      return "BodyStructure" as const;
    case "CONDITION":
      return "Condition" as const;
    case "SYMPTOM":
      return "Symptom" as const;
    case "CAUSE":
      return "Cause" as const;
    case "MECHANISM":
      return "Mechanism" as const;
    case "TREATMENT":
      return "Treatment" as const;
    case "ADVICE":
      return "Advice" as const;
    default: {
      const never: never = entity;
      return never;
    }
  }
}
