import { buildSchema, lexicographicSortSchema, parse, print, printSchema, visit } from "graphql";

/** Where the published schema is kept. */
export const PUBLISHED_SCHEMA = new URL(
  "../tests/fixtures/schema/published.graphql",
  import.meta.url,
);

/** `sdl` as published: every description dropped, types and fields sorted, printed. */
export function publishedSchemaText(sdl: string): string {
  const sorted = printSchema(lexicographicSortSchema(buildSchema(sdl)));
  const bare = visit(parse(sorted), {
    enter(node) {
      return "description" in node && node.description
        ? { ...node, description: undefined }
        : undefined;
    },
  });
  return `# The schema clients may rely on (npm run schema:publish): see scripts/publishSchema.ts.\n\n${print(bare)}\n`;
}
