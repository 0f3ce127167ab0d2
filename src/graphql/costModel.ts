import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
} from "graphql";
import {
  type Args,
  EXPENSIVE_ROOT_FIELDS,
  innerScope,
  listSize,
  ownCost,
  ROOT_SCOPE,
  type Scope,
} from "./fieldCosts.js";
import type { ListBounds } from "./listBounds.js";
import { schemaBounds } from "./schemaBounds.js";

/** What an operation costs before it runs. */
export interface Cost {
  /**
   * Estimated work: each field costs its own weight (1, or FIELD_WEIGHTS: see fieldCosts) plus, for
   * a list, its largest possible length times the cost of one element; a field of an
   * abstract type costs its most expensive possible type.
   */
  readonly cost: number;
  /** Field nodes graphql-jit compiles: an abstract field's selection once per possible type. */
  readonly compiled: number;
  /** Root `trace`, `search` and `searchFacets` fields ({@link EXPENSIVE_ROOT_FIELDS}). */
  readonly expensiveFields: number;
}

/**
 * The cost of an operation with its variables, with list lengths from `bounds` (the data's
 * real maxima) and from the arguments (`first`, `limit`, `maxDepth`, a trace's inputs);
 * null when the variables do not fit the operation. Linear in the document's size:
 * memoised per selection set, type and scope, however many types an abstract field has.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  bounds: ListBounds,
): Cost | null {
  const operation = getOperationAST(document, operationName);
  if (operation == null) return null;
  const root = schema.getRootType(operation.operation);
  if (root == null) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors !== undefined) return null;
  const vars = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const introspection = schemaBounds(schema);
  const memo = new Map<SelectionSetNode, Map<string, Cost>>();

  const included = (node: FieldNode | { directives?: FieldNode["directives"] }): boolean => {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, vars);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, vars);
    return include?.if !== false;
  };

  const applies = (condition: string | undefined, type: GraphQLObjectType): boolean => {
    if (condition === undefined || condition === type.name) return true;
    const target = schema.getType(condition);
    return target !== undefined && isAbstractType(target) && schema.isSubType(target, type);
  };

  const fieldDef = (
    type: GraphQLObjectType,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined => {
    if (type === root && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (type === root && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    return type.getFields()[name];
  };

  const walk = (
    set: SelectionSetNode,
    type: GraphQLObjectType,
    scope: Scope,
    visiting: Set<string>,
  ): Cost => {
    const scopeKey = `${type.name}|${scope.searches}|${scope.limit}|${scope.maxDepth}|${scope.first}`;
    const known = memo.get(set)?.get(scopeKey);
    if (known !== undefined) return known;
    let cost = 0;
    let compiled = 0;
    let expensiveFields = 0;
    const add = (c: Cost) => {
      cost += c.cost;
      compiled += c.compiled;
      expensiveFields += c.expensiveFields;
    };
    for (const s of set.selections) {
      if (!included(s)) continue;
      if (s.kind === Kind.FIELD) {
        compiled += 1;
        const name = s.name.value;
        if (name === "__typename") {
          // Resolved per element like any field (an abstract type's by its resolveType): free,
          // a list of N selected by its type names alone cost 1, and ten such lists on every
          // node of 5 aliased 100-entity pages (9 510) took 45-100 ms of CPU (red team 9).
          cost += 1;
          continue;
        }
        const def = fieldDef(type, name);
        if (def === undefined) continue;
        if (type === root && EXPENSIVE_ROOT_FIELDS.has(name)) expensiveFields += 1;
        const args = getArgumentValues(def, s, vars) as Args;
        const own = ownCost(root.name, type.name, name, args);
        if (s.selectionSet === undefined) {
          cost += own;
          continue;
        }
        const named = getNamedType(def.type);
        const targets = isAbstractType(named)
          ? schema.getPossibleTypes(named)
          : isObjectType(named)
            ? [named]
            : [];
        const inner = innerScope(root.name, type.name, name, args, scope);
        let element = 0;
        for (const target of targets) {
          const c = walk(s.selectionSet, target, inner, visiting);
          element = Math.max(element, c.cost);
          compiled += c.compiled;
        }
        const size = isListType(getNullableType(def.type))
          ? listSize(type.name, name, args, scope, bounds, introspection)
          : 1;
        cost += own + size * element;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value, type))
          add(walk(s.selectionSet, type, scope, visiting));
      } else {
        const name = s.name.value;
        const fragment = fragments.get(name);
        if (fragment === undefined || visiting.has(name)) continue;
        if (!applies(fragment.typeCondition.name.value, type)) continue;
        visiting.add(name);
        add(walk(fragment.selectionSet, type, scope, visiting));
        visiting.delete(name);
      }
    }
    const result = { cost, compiled, expensiveFields };
    let byScope = memo.get(set);
    if (byScope === undefined) {
      byScope = new Map();
      memo.set(set, byScope);
    }
    byScope.set(scopeKey, result);
    return result;
  };

  try {
    return walk(operation.selectionSet, root, ROOT_SCOPE, new Set());
  } catch {
    // An argument that does not coerce: execution reports it as BAD_USER_INPUT.
    return null;
  }
}
