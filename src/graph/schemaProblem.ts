import type { ErrorObject } from "ajv/dist/2020.js";
import { entryName } from "./entryName.js";
import type { GraphDataProblem, ProblemCode } from "./GraphDataProblem.js";
import type { ParsedFile } from "./ParsedFile.js";

/**
 * A JSON Schema error in `file` as a problem: located at the value's line, named by its
 * entry, with a code (MISSING_SOURCES and MISSING_EXPLANATION for those fields, else
 * SCHEMA), a message and a fix.
 */
export function schemaProblem(
  file: string,
  value: unknown,
  error: ErrorObject,
  lineOf: ParsedFile["lineOf"],
): GraphDataProblem {
  const at = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
  const missing =
    error.keyword === "required"
      ? String((error.params as { missingProperty?: string }).missingProperty)
      : null;
  const field = missing ?? String(at.at(-1) ?? "");
  const code: ProblemCode =
    field === "sources"
      ? "MISSING_SOURCES"
      : field === "explanation"
        ? "MISSING_EXPLANATION"
        : "SCHEMA";
  const where = error.instancePath === "" ? "the file" : error.instancePath;
  return {
    code,
    severity: "error",
    file,
    line: lineOf(at),
    entry: entryName(value, at),
    message: `${where} ${describe(error)}`,
    fix: schemaFix(code, error, field),
  };
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).join(", ")}`;
    case "additionalProperties":
      return `has an unknown field "${String(params.additionalProperty)}"`;
    case "unevaluatedProperties":
      return `has a field "${String(params.unevaluatedProperty)}" that this kind does not take`;
    default:
      return error.message ?? "is invalid";
  }
}

function schemaFix(code: ProblemCode, error: ErrorObject, field: string): string {
  if (code === "MISSING_SOURCES") {
    return "cite at least one source: sources: [{doc: <document id>, section: <heading>}]";
  }
  if (code === "MISSING_EXPLANATION") {
    return "add explanation: one sentence in our own words saying why the edge holds";
  }
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    return "remove the field or correct its name (see graph-data/graph-data.schema.json)";
  }
  if (error.keyword === "pattern" && field === "id") {
    return "use a slug: lower-case letters, digits and single hyphens, e.g. plantar-fasciitis";
  }
  return "change the value to match graph-data/graph-data.schema.json";
}
