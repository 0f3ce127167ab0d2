import { readFileSync } from "node:fs";
import { type BreakingChange, buildSchema, findBreakingChanges } from "graphql";
import { describe, expect, it } from "vitest";
import { PUBLISHED_SCHEMA } from "../../scripts/publishedSchema.js";
import { loadTypeDefs } from "../../src/graphql/index.js";

/** Each breaking change from the published schema to `sdl`, as graphql-js words it. */
function breaking(sdl: string): string[] {
  const published = buildSchema(readFileSync(PUBLISHED_SCHEMA, "utf8"));
  return findBreakingChanges(published, buildSchema(sdl)).map(
    (c: BreakingChange) => `${c.type}: ${c.description}`,
  );
}

describe("offer more, never less: the schema keeps what it published (npm run schema:publish)", () => {
  it("schema/*.graphql breaks nothing of tests/fixtures/schema/published.graphql", async () => {
    expect(breaking(await loadTypeDefs())).toEqual([]);
  });

  it.each([
    [
      "a field removed",
      '  "Counts of the loaded graph."\n  stats: GraphStats!\n',
      "",
      "FIELD_REMOVED",
    ],
    ["a field made nullable", "  stats: GraphStats!", "  stats: GraphStats", "FIELD_CHANGED_KIND"],
    ["an enum value removed", '  "The left side."\n  LEFT\n', "", "VALUE_REMOVED_FROM_ENUM"],
    [
      "a required argument added",
      '"The same query as for search, 1..500 characters." query: String!',
      '"The same query as for search, 1..500 characters." query: String!, "New." strict: Boolean!',
      "REQUIRED_ARG_ADDED",
    ],
  ])("finds %s", async (_name, from, to, type) => {
    const sdl = await loadTypeDefs();
    expect(sdl).toContain(from);
    expect(breaking(sdl.replace(from, to)).join("\n")).toContain(type);
  });
});
