import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * How many field nodes graphql-jit generates code for when it compiles the operation: it
 * compiles a field of an abstract type (an interface such as `Entity`) once for every
 * possible object type, so `relations { entity { relations { entity … } } }` grows as
 * 7ⁿ with seven entity types. Fields are not merged by response key and both branches of
 * `@include`/`@skip` count, so this is an upper bound. Memoised per selection set and type,
 * so computing it costs the document's size, not the result (which may be astronomical).
 */
export function compiledSize(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
): number {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION &&
      (operationName == null || d.name?.value === operationName),
  );
  if (operation === undefined) return 0;
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (root == null) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const memo = new Map<SelectionSetNode, Map<string, number>>();

  const applies = (condition: string | undefined, type: GraphQLNamedType): boolean => {
    if (condition === undefined || condition === type.name) return true;
    const target = schema.getType(condition);
    return (
      target !== undefined &&
      isAbstractType(target) &&
      isObjectType(type) &&
      schema.isSubType(target, type)
    );
  };

  const sizeOf = (set: SelectionSetNode, type: GraphQLNamedType, visiting: Set<string>): number => {
    let byType = memo.get(set);
    const known = byType?.get(type.name);
    if (known !== undefined) return known;
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        total += 1;
        if (s.selectionSet === undefined) continue;
        const field =
          isObjectType(type) || isInterfaceType(type) ? type.getFields()[s.name.value] : undefined;
        if (field === undefined) continue;
        const returned = getNamedType(field.type);
        if (isAbstractType(returned)) {
          for (const possible of schema.getPossibleTypes(returned)) {
            total += sizeOf(s.selectionSet, possible, visiting);
          }
        } else {
          total += sizeOf(s.selectionSet, returned, visiting);
        }
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value, type))
          total += sizeOf(s.selectionSet, type, visiting);
      } else {
        const name = s.name.value;
        const fragment = fragments.get(name);
        if (fragment === undefined || visiting.has(name)) continue;
        if (!applies(fragment.typeCondition.name.value, type)) continue;
        visiting.add(name);
        total += sizeOf(fragment.selectionSet, type, visiting);
        visiting.delete(name);
      }
    }
    if (byType === undefined) {
      byType = new Map();
      memo.set(set, byType);
    }
    byType.set(type.name, total);
    return total;
  };
  return sizeOf(operation.selectionSet, root, new Set());
}
