/**
 * The Relay rules of the schema's lint (see scripts/schemaLint.ts), as @graphql-eslint's
 * schema-relay set has them: connections, their edges, PageInfo and the paging arguments.
 * Tuned as before: a list may hold other things than edges (short lists with stated
 * bounds stay plain lists; only the unbounded listing is a connection).
 */
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";

/** A type that is `Name` or `Name!` (no list), or null. */
function namedOrNonNull(type: GraphQLOutputType): GraphQLNamedType | null {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) ? null : (inner as GraphQLNamedType);
}

/** String or another scalar: what a cursor may be. */
const cursorLike = (type: GraphQLNamedType | null) => type !== null && isScalarType(type);

/** Connection types: named …Connection, objects, with `edges: [Edge]` and `pageInfo: PageInfo!`. */
function connectionProblems(types: readonly GraphQLNamedType[]): string[] {
  const problems: string[] = [];
  for (const type of types) {
    const isConnection = type.name.endsWith("Connection");
    if (!isObjectType(type)) {
      if (isConnection) problems.push(`${type.name}: a connection must be an object type`);
      continue;
    }
    const { edges, pageInfo } = type.getFields();
    if (!isConnection) {
      if (edges && pageInfo) problems.push(`${type.name}: a connection's name ends in Connection`);
      continue;
    }
    if (!edges) problems.push(`${type.name}: needs an edges field`);
    else {
      const list = isNonNullType(edges.type) ? edges.type.ofType : edges.type;
      if (!isListType(list)) problems.push(`${type.name}.edges: must be a list`);
    }
    if (!pageInfo) problems.push(`${type.name}: needs a pageInfo field`);
    else if (!(isNonNullType(pageInfo.type) && String(pageInfo.type.ofType) === "PageInfo"))
      problems.push(`${type.name}.pageInfo: must be PageInfo!`);
  }
  return problems;
}

/** Edge types (those of connections' `edges`): objects named …Edge, with `node` and `cursor`. */
function edgeProblems(types: readonly GraphQLNamedType[]): string[] {
  const problems: string[] = [];
  const edgeTypes = new Set<GraphQLNamedType>();
  for (const type of types) {
    if (!isObjectType(type) || !type.name.endsWith("Connection")) continue;
    const edges = type.getFields().edges;
    if (edges === undefined) continue;
    const edge = getNamedType(edges.type);
    if (!isObjectType(edge)) problems.push(`${type.name}.edges: must list an object type`);
    else edgeTypes.add(edge);
  }
  for (const edge of edgeTypes) {
    if (!isObjectType(edge)) continue;
    const { node, cursor } = edge.getFields();
    const nodeType = node ? namedOrNonNull(node.type) : null;
    if (!node) problems.push(`${edge.name}: an edge needs a node field`);
    else if (nodeType === null) problems.push(`${edge.name}.node: must not be a list`);
    else if (isObjectType(nodeType) && !nodeType.getInterfaces().some((i) => i.name === "Node"))
      problems.push(`${edge.name}.node: its type must implement Node`);
    if (!cursor) problems.push(`${edge.name}: an edge needs a cursor field`);
    else if (!cursorLike(namedOrNonNull(cursor.type)))
      problems.push(`${edge.name}.cursor: must be a String or another scalar`);
    if (!edge.name.endsWith("Edge")) problems.push(`${edge.name}: an edge's name ends in Edge`);
  }
  return problems;
}

/** PageInfo: an object with hasPreviousPage/hasNextPage: Boolean! and nullable cursors. */
function pageInfoProblems(schema: GraphQLSchema): string[] {
  const pageInfo = schema.getType("PageInfo");
  if (pageInfo === undefined) return ["PageInfo: the schema needs a PageInfo type"];
  if (!isObjectType(pageInfo)) return ["PageInfo: must be an object type"];
  const fields = pageInfo.getFields();
  const problems: string[] = [];
  for (const name of ["hasPreviousPage", "hasNextPage"]) {
    const type = fields[name]?.type;
    if (!(type && isNonNullType(type) && String(type.ofType) === "Boolean"))
      problems.push(`PageInfo.${name}: must be Boolean!`);
  }
  for (const name of ["startCursor", "endCursor"]) {
    const type = fields[name]?.type;
    if (!(type && !isNonNullType(type) && !isListType(type) && isScalarType(type)))
      problems.push(`PageInfo.${name}: must be a nullable String or another scalar`);
  }
  return problems;
}

/** Fields returning a connection take first: Int, after: String, last: Int, before: String. */
function argumentProblems(types: readonly GraphQLNamedType[]): string[] {
  const problems: string[] = [];
  for (const type of types) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (!getNamedType(field.type).name.endsWith("Connection")) continue;
      const where = `${type.name}.${field.name}`;
      const args = new Map(field.args.map((a) => [a.name, a.type]));
      const forward = args.has("first") && args.has("after");
      const backward = args.has("last") && args.has("before");
      if (!forward && !backward) {
        problems.push(`${where}: needs first and after, or last and before`);
        continue;
      }
      for (const [name, scalar] of [
        ["first", "Int"],
        ["after", "String"],
        ["last", "Int"],
        ["before", "String"],
      ] as const) {
        const arg = args.get(name);
        const named = arg && (isNonNullType(arg) ? arg.ofType : arg);
        const ok =
          named !== undefined &&
          !isListType(named) &&
          (String(named) === scalar || (scalar === "String" && isScalarType(named)));
        if (!ok) problems.push(`${where}: needs an argument ${name}: ${scalar}`);
      }
    }
  }
  return problems;
}

/** Every Relay problem of `schema`, one line each; [] when there is none. */
export function relayProblems(schema: GraphQLSchema): string[] {
  const types = Object.values(schema.getTypeMap()).filter(
    (t) => !t.name.startsWith("__") && t.astNode,
  );
  return [
    ...connectionProblems(types),
    ...edgeProblems(types),
    ...pageInfoProblems(schema),
    ...argumentProblems(types),
  ];
}
