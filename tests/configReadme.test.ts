import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Variable } from "../src/process/readEnv.js";
import { LIMIT_VARIABLES } from "../src/process/serviceLimitVariables.js";
import { VARIABLES } from "../src/process/variables.js";
import { ROOT } from "./helpers/paths.js";

/** One row of the README's Configuration table: variable, default and meaning as written. */
interface Row {
  readonly name: string;
  readonly written: string;
  readonly meaning: string;
}

/** The rows of the table under "## Configuration", in the README's order. */
function configurationTable(): Row[] {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.split("\n## Configuration\n")[1]?.split("\n## ")[0] ?? "";
  return section.split("\n").flatMap((line) => {
    const cells = line.split("|").map((c) => c.trim());
    const name = /^`([A-Z_]+)`$/.exec(cells[1] ?? "")?.[1];
    return name === undefined ? [] : [{ name, written: cells[2] ?? "", meaning: cells[3] ?? "" }];
  });
}

const CODE: Readonly<Record<string, Variable>> = { ...VARIABLES, ...LIMIT_VARIABLES };

describe("the README's Configuration table", () => {
  const rows = configurationTable();

  it("lists every variable the service reads, and none it does not", () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(CODE).sort());
  });

  it("states each number's default as the code has it", () => {
    for (const { name, written } of rows) {
      const variable = CODE[name];
      if (variable?.kind !== "integer") continue;
      expect(written.replaceAll(/[ ,_]/g, ""), name).toBe(String(variable.default));
    }
  });

  it("states each switch's and each choice's default as the code has it", () => {
    for (const { name, written } of rows) {
      const variable = CODE[name];
      if (variable?.kind === "boolean" || variable?.kind === "enum")
        expect(written, name).toBe(String(variable.default));
    }
  });

  it("states a range only where it is the code's", () => {
    for (const { name, meaning } of rows) {
      const range = /\((\d+)\.\.(\d+)/.exec(meaning);
      const variable = CODE[name];
      if (range === null || variable?.kind !== "integer") continue;
      expect([Number(range[1]), Number(range[2])], name).toEqual([variable.min, variable.max]);
    }
  });
});
