import {
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isScalarType,
} from "graphql";
import type { EntityKind } from "../graph/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Context } from "./context.js";
import { typeName } from "./entityResolvers.js";
import { resolvers } from "./resolvers.js";

/**
 * The longest lists the data can give, measured on one knowledge base: what the cost
 * model multiplies by instead of a guessed size.
 */
export interface ListBounds {
  /** Longest list of each argument-free `Type.field` of the entity types, Relationship and PathStep. */
  readonly fields: ReadonlyMap<string, number>;
  /** Most edges at one entity with one of `relations` (null: any) in `direction` (null: both). */
  relations(relations: readonly string[] | null, direction: string | null): number;
  /** Entities of a kind (or of every kind): the bound of any list of them. */
  entities(kind: EntityKind | null): number;
  /** Entities a trace input can match: symptoms, causes, conditions and mechanisms. */
  readonly evidence: number;
}

const measured = new WeakMap<KnowledgeBase, ListBounds>();

/**
 * Measures the list bounds of `kb` once (a few ms on the bundled graph, linear in its
 * size) and remembers them for as long as the knowledge base lives. Every entity's list
 * fields are resolved with the service's own resolvers, so a bound is the real maximum.
 */
export function listBounds(kb: KnowledgeBase, schema: GraphQLSchema): ListBounds {
  let bounds = measured.get(kb);
  if (bounds === undefined) {
    bounds = measure(kb, schema);
    measured.set(kb, bounds);
  }
  return bounds;
}

type FieldResolver = (parent: unknown, args: object, ctx: Context) => unknown;

function measure(kb: KnowledgeBase, schema: GraphQLSchema): ListBounds {
  const fields = new Map<string, number>();
  const grow = (key: string, n: number) => fields.set(key, Math.max(fields.get(key) ?? 0, n));
  const byKind = new Map<EntityKind | null, number>();
  const degrees: Map<string, number>[] = [];
  const ctx: Context = {
    kb,
    requestId: "list-bounds",
    outcome: { operationName: null, errorCodes: [] },
  };
  const table = resolvers as unknown as Record<string, Record<string, FieldResolver> | undefined>;
  for (const entity of kb.entities(null)) {
    byKind.set(entity.kind, (byKind.get(entity.kind) ?? 0) + 1);
    byKind.set(null, (byKind.get(null) ?? 0) + 1);
    const type = schema.getType(typeName(entity));
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const returns = getNullableType(field.type);
      if (field.args.length > 0 || !isListType(returns) || isScalarType(getNamedType(returns)))
        continue;
      const resolve = table[type.name]?.[field.name];
      const value = resolve
        ? resolve(entity, {}, ctx)
        : (entity as unknown as Record<string, unknown>)[field.name];
      if (Array.isArray(value)) grow(`${type.name}.${field.name}`, value.length);
    }
    const degree = new Map<string, number>();
    for (const r of kb.relationships(entity.id, null, null)) {
      const key = `${r.edge.relation}:${r.direction}`;
      degree.set(key, (degree.get(key) ?? 0) + 1);
      grow("Relationship.sources", r.edge.sources.length);
      grow("PathStep.sources", r.edge.sources.length);
    }
    degrees.push(degree);
  }
  const evidence = (["SYMPTOM", "CAUSE", "CONDITION", "MECHANISM"] as const).reduce(
    (sum, kind) => sum + (byKind.get(kind) ?? 0),
    0,
  );
  const relationMemo = new Map<string, number>();
  return {
    fields,
    evidence,
    entities: (kind) => byKind.get(kind) ?? 0,
    relations(relations, direction) {
      const key = `${relations?.join(",") ?? "*"}:${direction ?? "*"}`;
      let max = relationMemo.get(key);
      if (max === undefined) {
        max = 0;
        for (const degree of degrees) {
          let n = 0;
          for (const [k, count] of degree) {
            const [relation, dir] = k.split(":");
            if (relations !== null && !relations.includes(relation ?? "")) continue;
            if (direction !== null && dir !== direction) continue;
            n += count;
          }
          max = Math.max(max, n);
        }
        if (relationMemo.size < 4096) relationMemo.set(key, max);
      }
      return max;
    },
  };
}
