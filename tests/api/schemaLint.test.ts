import { describe, expect, it } from "vitest";
import { lintSchema } from "../../scripts/schemaLint.js";
import { loadTypeDefs } from "../../src/graphql/index.js";

/** A small schema that passes every rule: a Relay connection over a Node type, and a value type. */
const CLEAN = `
"Root."
type Query {
  "One node; null for an unknown id."
  node("Its id." id: ID!): Node
  "Things, paged; null on a bad argument."
  things("Count." first: Int, "Cursor." after: String, "Count." last: Int, "Cursor." before: String): ThingConnection
  "Stats."
  stats: GraphStats!
  "Things found; null on a bad argument."
  find("What to find." where: FindInput, "Words." words: [String!], "How many." limit: Int = 5): [Thing!]
}
"What to find."
input FindInput {
  "Of this colour."
  colour: Colour
}
"An instant."
scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
"Anything with an id."
interface Node {
  "The id."
  id: ID!
}
"A thing."
type Thing implements Node {
  "The id."
  id: ID!
  "Its colour."
  colour: Colour!
  "When it was made; null when not known."
  madeAt: DateTime
  "Old name." name: String @deprecated(reason: "Use colour.")
}
"Colours."
enum Colour {
  "Red." RED
  "Light blue." LIGHT_BLUE
}
"A page of things."
type ThingConnection {
  "Page." pageInfo: PageInfo!
  "Edges." edges: [ThingEdge!]!
}
"An edge."
type ThingEdge {
  "Cursor." cursor: String!
  "Thing." node: Thing!
}
"Paging."
type PageInfo {
  "More before." hasPreviousPage: Boolean!
  "More after." hasNextPage: Boolean!
  "First cursor; null on an empty page." startCursor: String
  "Last cursor; null on an empty page." endCursor: String
}
"Counts (a value type: no id)."
type GraphStats {
  "How many." count: Int!
}
`;

/** CLEAN's value types: no id needed. */
const VALUES = ["GraphStats", "ThingConnection", "ThingEdge", "PageInfo"];

/** CLEAN with every `from` replaced by `to` (`from` must occur). */
function planted(from: string, to: string): string {
  expect(CLEAN).toContain(from);
  return CLEAN.replaceAll(from, to);
}

describe("the schema lint (@graphql-eslint's schema-recommended and schema-relay rules, on graphql-js)", () => {
  it("finds nothing in schema/*.graphql", async () => {
    expect(lintSchema(await loadTypeDefs())).toEqual([]);
  });

  it("finds nothing in a small schema that keeps every rule", () => {
    expect(lintSchema(CLEAN, VALUES)).toEqual([]);
  });

  it.each([
    ["a type not in PascalCase", "Thing", "thing_x", "thing_x: must be PascalCase"],
    [
      "a field not in camelCase",
      '"Its colour."\n  colour:',
      '"Its colour."\n  Colour_name:',
      "Colour_name",
    ],
    [
      "an argument not in camelCase",
      '"Count." first: Int',
      '"Count." first: Int, "X." Big: Int',
      "Big",
    ],
    ["an enum value not in UPPER_CASE", "LIGHT_BLUE", "lightBlue", "lightBlue"],
    ["a leading underscore", '"Its colour."\n  colour:', '"Its colour."\n  _colour:', "_colour"],
    ["a query field named get…", '"Stats."\n  stats:', '"Stats."\n  getStats:', "getStats"],
    ["a query field named …Query", '"Stats."\n  stats:', '"Stats."\n  statsQuery:', "statsQuery"],
    [
      "an enum named …Enum",
      "Colour",
      "ColourEnum",
      'ColourEnum: must not start or end with "Enum"',
    ],
    [
      "an object type named …Type",
      "GraphStats",
      "TypeStats",
      'TypeStats: must not start or end with "Type"',
    ],
    [
      "a # comment where a description belongs",
      '"Its colour."\n  colour:',
      "# Its colour.\n  colour:",
      "# comment",
    ],
    ["a type with no description", '"Colours."\nenum', "enum", "Colour"],
    ["a root field with no description", '"Stats."\n  stats:', "stats:", "Query.stats"],
    [
      "a deprecation with no reason",
      '@deprecated(reason: "Use colour.")',
      '@deprecated(reason: " ")',
      "reason",
    ],
    [
      "an object type with no id",
      '"How many." count: Int!',
      '"How many." count: Int!\n  "More." detail: Detail\n}\n"A detail."\ntype Detail {\n  "Size." size: Int',
      "Detail: must have exactly one",
    ],
    [
      "a nullable id",
      '"How many." count: Int!',
      '"How many." count: Int!\n  "More." detail: Detail\n}\n"A detail."\ntype Detail {\n  "Id." id: ID',
      "Detail: must have exactly one",
    ],
    [
      "an id on a type that is not a Node",
      '"How many." count: Int!',
      '"How many." count: Int!\n  "Its id." id: ID!',
      "GraphStats.id: an id is a global id",
    ],
    ["an input type not named …Input", "FindInput", "FindWhere", "FindWhere: an input type"],
    [
      "a custom scalar without @specifiedBy",
      ' @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")',
      "",
      "DateTime: a custom scalar",
    ],
    [
      "a non-null field with an argument it may refuse",
      '"How many." limit: Int = 5): [Thing!]',
      '"How many." limit: Int = 5): [Thing!]!',
      "Query.find: takes an argument it may refuse",
    ],
    [
      "a list of nullable items",
      '"Edges." edges: [ThingEdge!]!',
      '"Edges." edges: [ThingEdge]!',
      "ThingConnection.edges: list items",
    ],
    [
      "a nullable list without arguments",
      '"Edges." edges: [ThingEdge!]!',
      '"Edges." edges: [ThingEdge!]',
      "ThingConnection.edges: a list without arguments",
    ],
    [
      "a nullable field that does not say when it is null",
      '"When it was made; null when not known."',
      '"When it was made."',
      "Thing.madeAt: may be null",
    ],
    [
      "a page size called count",
      '"How many." limit: Int',
      '"How many." count: Int',
      "Query.find(count): say limit",
    ],
    [
      "a connection paged with limit",
      '"Count." first: Int,',
      '"Count." first: Int, "Count." limit: Int,',
      "Query.things(limit): a connection pages",
    ],
    [
      "a plain list paged with first",
      '"How many." limit: Int',
      '"How many." first: Int',
      "Query.find(first): a plain list pages",
    ],
    [
      "a list argument with a singular name",
      '"Words." words:',
      '"Words." word:',
      "Query.find(word): a list argument",
    ],
    [
      "a deprecation that names no replacement beside it",
      '@deprecated(reason: "Use colour.")',
      '@deprecated(reason: "Use hue.")',
      'Thing.name: a deprecation reason says "Use',
    ],
    [
      "a type no operation reaches",
      '"Colours."',
      '"Unused." type Unused { "Id." id: ID! }\n"Colours."',
      "Unused",
    ],
    ["a connection with no pageInfo", '"Page." pageInfo: PageInfo!', "", "pageInfo"],
    [
      "edges that are not a list",
      '"Edges." edges: [ThingEdge!]!',
      '"Edges." edges: ThingEdge!',
      "edges",
    ],
    ["an edge with no cursor", '"Cursor." cursor: String!', "", "cursor"],
    ["an edge node that is not a Node", "type Thing implements Node", "type Thing", "Node"],
    ["an edge not named …Edge", "ThingEdge", "ThingLink", "ThingLink"],
    [
      "PageInfo's hasNextPage nullable",
      "hasNextPage: Boolean!",
      "hasNextPage: Boolean",
      "hasNextPage",
    ],
    [
      "a connection field without last/before",
      ', "Count." last: Int, "Cursor." before: String',
      "",
      "last",
    ],
    [
      "a connection field with no paging arguments",
      '("Count." first: Int, "Cursor." after: String, "Count." last: Int, "Cursor." before: String)',
      "",
      "first",
    ],
  ])("reports %s", (_name, from, to, named) => {
    const problems = lintSchema(planted(from, to), VALUES);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toContain(named);
  });
});
