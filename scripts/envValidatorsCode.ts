/**
 * The environment variables' JSON Schemas compiled once, ahead of time (ajv standalone),
 * for scripts/codegen.ts: the service, its workers and the command line import the
 * compiled checks (src/process/generated/envValidators.js) instead of compiling the
 * schemas at each start, which took about 0.1 s of CPU (5% of a start on the fixture graph).
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { ENV_SCHEMA_OPTIONS, envSchema, type Variable } from "../src/process/readEnv.js";
import { LIMIT_VARIABLES } from "../src/process/serviceLimitVariables.js";
import { GRAPH_DATA_VARIABLES, VARIABLES } from "../src/process/variables.js";
import { REQUIRE } from "./graphDataValidatorCode.js";

/** Where the compiled checks go, and their type declarations beside them. */
export const ENV_VALIDATORS = "src/process/generated/envValidators.js";
export const ENV_VALIDATORS_TYPES = "src/process/generated/envValidators.d.ts";

/** Each table of variables, and what it holds, by the name of its compiled check's export. */
const TABLES: Readonly<Record<string, readonly [Record<string, Variable>, string]>> = {
  validateServiceVariables: [VARIABLES, "the service's variables (config.ts VARIABLES)"],
  validateGraphDataVariables: [GRAPH_DATA_VARIABLES, "the graph-data variables alone"],
  validateLimitVariables: [LIMIT_VARIABLES, "the service limits' variables"],
};

/** The module: one export per table, its {@link envSchema} compiled, and its type declarations. */
export function envValidatorsCode(header: string): { code: string; types: string } {
  const ajv = new Ajv2020({ ...ENV_SCHEMA_OPTIONS, code: { source: true, esm: true } });
  for (const [name, [table]] of Object.entries(TABLES)) ajv.addSchema(envSchema(table), name);
  const exports = Object.fromEntries(Object.keys(TABLES).map((name) => [name, name]));
  // A module is strict already: ajv's leading "use strict" would only sit after the imports.
  const code = standaloneCode.default(ajv, exports).replace(/^"use strict";/, "");
  const types =
    'import type { EnvValidator } from "../readEnv.js";\n\n' +
    Object.entries(TABLES)
      .map(
        ([name, [, what]]) =>
          `/** Checks the texts of ${what} (see scripts/envValidatorsCode.ts). */\nexport declare const ${name}: EnvValidator;\n`,
      )
      .join("");
  return { code: `${header}${REQUIRE}${code}\n`, types: `${header}${types}` };
}
