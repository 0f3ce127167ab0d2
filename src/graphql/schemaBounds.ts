import {
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from "graphql";

const measured = new WeakMap<GraphQLSchema, ReadonlyMap<string, number>>();

/**
 * The longest lists introspection can return for `schema`, by `Type.field` of the
 * introspection types (`__Schema.types`, `__Type.fields` …): the cost model's list sizes
 * for introspection queries. Measured once per schema.
 */
export function schemaBounds(schema: GraphQLSchema): ReadonlyMap<string, number> {
  let bounds = measured.get(schema);
  if (bounds !== undefined) return bounds;
  const max = new Map<string, number>();
  const grow = (key: string, n: number) => max.set(key, Math.max(max.get(key) ?? 0, n));
  const types = Object.values(schema.getTypeMap());
  grow("__Schema.types", types.length);
  grow("__Schema.directives", schema.getDirectives().length);
  for (const directive of schema.getDirectives()) grow("__Directive.args", directive.args.length);
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      grow("__Type.fields", fields.length);
      grow("__Type.interfaces", type.getInterfaces().length);
      for (const f of fields) grow("__Field.args", f.args.length);
    }
    if (isInterfaceType(type)) grow("__Type.possibleTypes", schema.getPossibleTypes(type).length);
    if (isEnumType(type)) grow("__Type.enumValues", type.getValues().length);
    if (isInputObjectType(type)) grow("__Type.inputFields", Object.keys(type.getFields()).length);
  }
  bounds = max;
  measured.set(schema, bounds);
  return bounds;
}
