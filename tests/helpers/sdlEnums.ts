import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse } from "graphql";
import { ROOT } from "./paths.js";

/** The enums of the GraphQL schema (schema/*.graphql) by name, each with its values in order. */
export function sdlEnums(): Map<string, string[]> {
  const dir = path.join(ROOT, "schema");
  const enums = new Map<string, string[]>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".graphql"))) {
    for (const def of parse(readFileSync(path.join(dir, name), "utf8")).definitions) {
      if (def.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
      enums.set(
        def.name.value,
        (def.values ?? []).map((v) => v.name.value),
      );
    }
  }
  return enums;
}
