/**
 * The graph-data JSON Schema compiled once, ahead of time (ajv standalone), for
 * scripts/codegen.ts: every process that reads graph-data (the service, each reload's
 * worker thread, the command line, each test worker) imports the compiled check instead of
 * compiling the schema itself, which took about 0.4 s of CPU each time.
 */
import { readFile } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { GRAPH_DATA_SCHEMA_OPTIONS, GRAPH_DATA_SCHEMA_URL } from "../src/graph/graphDataSchema.js";

/** Where the compiled check goes, and its type declarations beside it. */
export const GRAPH_DATA_VALIDATOR = "src/graph/generated/graphDataValidator.js";
export const GRAPH_DATA_VALIDATOR_TYPES = "src/graph/generated/graphDataValidator.d.ts";

/**
 * ajv's standalone code is an ES module except for its runtime helpers, which it loads
 * with `require`: the module makes itself one.
 */
export const REQUIRE =
  'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n';

/**
 * The module: `validate` checks one file's value against graph-data/graph-data.schema.json,
 * with the options the schema has always been compiled with, and its type declarations.
 */
export async function graphDataValidatorCode(
  header: string,
): Promise<{ code: string; types: string }> {
  const schema = JSON.parse(await readFile(GRAPH_DATA_SCHEMA_URL, "utf8")) as object;
  const ajv = new Ajv2020({ ...GRAPH_DATA_SCHEMA_OPTIONS, code: { source: true, esm: true } });
  // A module is strict already: ajv's leading "use strict" would only sit after the imports.
  const code = standaloneCode.default(ajv, ajv.compile(schema)).replace(/^"use strict";/, "");
  const types =
    'import type { SchemaValidator } from "../graphDataSchema.js";\n\n' +
    "/** Checks one graph-data file's value against graph-data/graph-data.schema.json. */\n" +
    "export declare const validate: SchemaValidator;\n";
  return { code: `${header}${REQUIRE}${code}\n`, types: `${header}${types}` };
}
