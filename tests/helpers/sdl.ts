import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type DefinitionNode, Kind, parse, print } from "graphql";
import { ROOT } from "./paths.js";

/** Every definition of the GraphQL schema files (schema/*.graphql). */
function definitions(): DefinitionNode[] {
  const dir = path.join(ROOT, "schema");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .flatMap((f) => parse(readFileSync(path.join(dir, f), "utf8")).definitions);
}

/** The enums of the GraphQL schema by name, each with its values in order. */
export function sdlEnums(): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  for (const def of definitions()) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    enums.set(
      def.name.value,
      (def.values ?? []).map((v) => v.name.value),
    );
  }
  return enums;
}

/**
 * Argument `arg` of `type.field` in the GraphQL schema: its default value as written
 * (e.g. "6", null when it has none) and its description; undefined when there is no such
 * argument.
 */
export function sdlArgument(
  type: string,
  field: string,
  arg: string,
): { defaultValue: string | null; description: string } | undefined {
  for (const def of definitions()) {
    if (
      (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) ||
      def.name.value !== type
    )
      continue;
    const argument = def.fields
      ?.find((f) => f.name.value === field)
      ?.arguments?.find((a) => a.name.value === arg);
    if (argument === undefined) continue;
    return {
      defaultValue: argument.defaultValue === undefined ? null : print(argument.defaultValue),
      description: argument.description?.value ?? "",
    };
  }
  return undefined;
}
