/**
 * Writes the schema clients may rely on, tests/fixtures/schema/published.graphql: the SDL
 * of schema/*.graphql without descriptions, sorted. tests/api/schemaEvolution.test.ts fails
 * on any breaking change from it (a field, argument, type or enum value removed, a type
 * made stricter for clients): deprecate instead. Run it (`npm run schema:publish`) when a
 * change meant to break has been agreed, or to protect fields added since.
 */
import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { loadTypeDefs } from "../src/graphql/loadTypeDefs.js";
import { PUBLISHED_SCHEMA, publishedSchemaText } from "./publishedSchema.js";

const file = fileURLToPath(PUBLISHED_SCHEMA);
await writeFile(file, publishedSchemaText(await loadTypeDefs()));
// Formatted as Biome formats every other file, so npm run lint passes on it.
execFileSync("npx", ["biome", "format", "--write", file], { stdio: "inherit" });
console.log(`wrote ${file}`);
