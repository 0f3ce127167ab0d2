import type { ErrorObject } from "ajv/dist/2020.js";

/** The JSON Schema every graph-data file is checked against (also used by editors). */
export const GRAPH_DATA_SCHEMA_URL = new URL(
  "../../graph-data/graph-data.schema.json",
  import.meta.url,
);

/**
 * How the schema is compiled: every error reported, strict mode so a typo in the schema
 * itself fails loudly (when `npm run codegen` compiles it).
 */
export const GRAPH_DATA_SCHEMA_OPTIONS = {
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
} as const;

/** A compiled check of one file's value against the schema; `errors` holds the last failures. */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * The graph-data JSON Schema's check, compiled ahead of time by `npm run codegen` into
 * src/graph/generated (ajv standalone, {@link GRAPH_DATA_SCHEMA_OPTIONS}), so no process
 * compiles it at run time (about 0.4 s of CPU each); `npm test` fails when that file does
 * not match the schema. Imported on first use: the codegen script reads this module's
 * schema URL and options before the file exists.
 */
export async function graphDataValidator(): Promise<SchemaValidator> {
  const { validate } = await import("./generated/graphDataValidator.js");
  return validate;
}
