import { readFile } from "node:fs/promises";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";

/** The JSON Schema every graph-data file is checked against (also used by editors). */
export const GRAPH_DATA_SCHEMA_URL = new URL(
  "../../graph-data/graph-data.schema.json",
  import.meta.url,
);

/** A compiled check of one file's value against the schema; `errors` holds the last failures. */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

let validator: SchemaValidator | undefined;

/**
 * The graph-data JSON Schema, compiled once per process (every error reported, strict
 * mode so a typo in the schema itself fails loudly).
 */
export async function graphDataValidator(): Promise<SchemaValidator> {
  if (validator === undefined) {
    const schema: unknown = JSON.parse(await readFile(GRAPH_DATA_SCHEMA_URL, "utf8"));
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    validator = ajv.compile(schema as object);
  }
  return validator;
}
