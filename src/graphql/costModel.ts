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
import { ENTITY_KINDS, RELATIONS } from "../graph/model.js";
import { terms } from "../search/index.js";
import { READ_LIMITS } from "../understand/index.js";
import { pageSize } from "./entityPage.js";
import type { ListBounds } from "./listBounds.js";
import { schemaBounds } from "./schemaBounds.js";
import { type ComplaintArg, traceInputs } from "./traceInputs.js";

/**
 * Own cost of the fields that compute more than they return, in the cost model's unit
 * (about a microsecond of CPU on the bundled graph): a text search costs
 * `perSearch`, a search term `perTerm`.
 */
export const FIELD_WEIGHTS = {
  /** A trace: ranking, the walk and the plan, before reading its inputs. */
  trace: 300,
  /**
   * Reading one trace input (an id, or free text read once by the complaint reader, in
   * time linear in its length: under 0.2 ms for a runner's sentence). Priced as the old
   * per-clause text search was, so a trace at the cost limit stays well under 30 ms of CPU.
   */
  perSearch: 300,
  /** Query.understand: reading one complaint. */
  understand: 300,
  /** A search or facet count, before its terms. */
  search: 50,
  /** One term of a search query (fuzzy and prefix lookups). */
  perTerm: 30,
  /** Condition.rootCauses: one walk up the chain. */
  rootCauses: 300,
  /** Query.suggest: a prefix lookup. */
  suggest: 10,
} as const;

/** Root fields whose own work grows with their input; a request may hold only a few. */
export const EXPENSIVE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  "trace",
  "search",
  "searchFacets",
  "understand",
]);

/** Paths kept per root cause (findRootCauses' default). */
const PATHS_PER_ROOT_CAUSE = 3;

/** What an operation costs before it runs. */
export interface Cost {
  /**
   * Estimated work: each field costs its own weight (1, or {@link FIELD_WEIGHTS}) plus, for
   * a list, its largest possible length times the cost of one element; a field of an
   * abstract type costs its most expensive possible type.
   */
  readonly cost: number;
  /** Field nodes graphql-jit compiles: an abstract field's selection once per possible type. */
  readonly compiled: number;
  /** Root `trace`, `search` and `searchFacets` fields ({@link EXPENSIVE_ROOT_FIELDS}). */
  readonly expensiveFields: number;
}

interface Scope {
  /** Inputs of the enclosing trace: with the reader's findings per input, bounds `matched`. */
  readonly searches: number;
  /** The enclosing trace's or rootCauses' `limit`. */
  readonly limit: number;
  /** The enclosing trace's or rootCauses' `maxDepth`: bounds path steps. */
  readonly maxDepth: number;
  /** The enclosing `entities(first)`. */
  readonly first: number;
  /** Answers given to the enclosing trace (`evidence`): each a yes adds a match. */
  readonly answers: number;
  /** The enclosing trace's `questions`. */
  readonly questions: number;
}

const ROOT_SCOPE: Scope = {
  searches: 0,
  limit: 0,
  maxDepth: 0,
  first: 0,
  answers: 0,
  questions: 0,
};

type Args = Record<string, unknown>;

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

  const listSize = (type: string, field: string, args: Args, scope: Scope): number => {
    const key = `${type}.${field}`;
    const given = [args.first, args.limit].find((v) => typeof v === "number");
    if (typeof given === "number") return Math.max(0, given);
    switch (key) {
      case "Query.nodes":
        return Array.isArray(args.ids) ? args.ids.length : 0;
      case "EntityConnection.edges":
        return scope.first;
      case "TraceResult.matched":
      case "TraceResult.absent":
      case "ConditionMatch.matchedEvidence":
      case "ConditionMatch.matchedSymptoms":
        return Math.min(scope.searches * READ_LIMITS.findings, bounds.evidence) + scope.answers;
      case "Triage.reasons":
        return (
          Math.min(scope.searches * READ_LIMITS.findings, bounds.evidence) +
          scope.answers +
          bounds.entities("CONDITION")
        );
      case "Understanding.findings":
        return READ_LIMITS.findings;
      case "TraceResult.questions":
        return scope.questions;
      case "TraceResult.conditions":
      case "TraceResult.rootCauses":
        return scope.limit;
      case "TraceResult.treatments":
        return bounds.entities("TREATMENT");
      case "PlanItem.addresses":
        return bounds.relations(["TREATS", "PREVENTS"], "OUTGOING");
      case "RootCause.paths":
        return PATHS_PER_ROOT_CAUSE;
      case "CausalPath.steps":
        return scope.maxDepth;
      case "Query.kineticChain":
        return bounds.fields.get("BodyStructure.kineticChain") ?? bounds.entities("BODY_STRUCTURE");
      case "Query.searchFacets":
      case "GraphStats.byKind":
        return ENTITY_KINDS.length;
      case "GraphStats.byRelation":
        return RELATIONS.length;
    }
    if (field === "relations") {
      const relation = Array.isArray(args.relation) ? (args.relation as string[]) : null;
      const direction = typeof args.direction === "string" ? args.direction : null;
      return bounds.relations(relation, direction);
    }
    return bounds.fields.get(key) ?? introspection.get(key) ?? bounds.entities(null);
  };

  const ownCost = (type: string, field: string, args: Args): number => {
    if (type === root.name) {
      if (field === "trace") {
        const inputs = traceInputs(args.symptoms as string[], args.complaints as ComplaintArg[]);
        return FIELD_WEIGHTS.trace + FIELD_WEIGHTS.perSearch * inputs.length;
      }
      if (field === "search" || field === "searchFacets") {
        return (
          FIELD_WEIGHTS.search + FIELD_WEIGHTS.perTerm * terms(String(args.query ?? "")).length
        );
      }
      if (field === "suggest") return FIELD_WEIGHTS.suggest;
      if (field === "understand") return FIELD_WEIGHTS.understand;
    }
    if (type === "Condition" && field === "rootCauses") return FIELD_WEIGHTS.rootCauses;
    return 1;
  };

  const scopeOf = (type: string, field: string, args: Args, scope: Scope): Scope => {
    if (type === root.name && field === "trace") {
      const inputs = traceInputs(args.symptoms as string[], args.complaints as ComplaintArg[]);
      return {
        ...scope,
        searches: inputs.length,
        limit: Number(args.limit ?? 0),
        maxDepth: Number(args.maxDepth ?? 0),
        answers: Array.isArray(args.evidence) ? args.evidence.length : 0,
        questions: Number(args.questions ?? 0),
      };
    }
    if (type === "Condition" && field === "rootCauses") {
      return { ...scope, limit: Number(args.limit ?? 0), maxDepth: Number(args.maxDepth ?? 0) };
    }
    if (type === root.name && field === "entities") return { ...scope, first: pageSize(args) };
    return scope;
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
        if (name === "__typename") continue;
        const def = fieldDef(type, name);
        if (def === undefined) continue;
        if (type === root && EXPENSIVE_ROOT_FIELDS.has(name)) expensiveFields += 1;
        const args = getArgumentValues(def, s, vars) as Args;
        const own = ownCost(type.name, name, args);
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
        const inner = scopeOf(type.name, name, args, scope);
        let element = 0;
        for (const target of targets) {
          const c = walk(s.selectionSet, target, inner, visiting);
          element = Math.max(element, c.cost);
          compiled += c.compiled;
        }
        const size = isListType(getNullableType(def.type))
          ? listSize(type.name, name, args, scope)
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
