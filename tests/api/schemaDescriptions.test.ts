import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedDirective,
} from "graphql";
import { expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/index.js";

it("describes every type, field, argument, input field, enum value and directive of the schema", async () => {
  const schema = buildSchema(await loadTypeDefs());
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith("__") ||
      ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)
    )
      continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  // Directives of our own (graphql-js describes its @skip, @include, @deprecated, ...).
  for (const directive of schema.getDirectives().filter((d) => !isSpecifiedDirective(d))) {
    if (!directive.description) missing.push(`@${directive.name}`);
    for (const arg of directive.args)
      if (!arg.description) missing.push(`@${directive.name}(${arg.name})`);
  }
  expect(missing).toEqual([]);
});
