import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ErrorCode } from "../../src/graphql/errors.js";

/** Every .ts file under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** `code: "X"` written as a literal in an error's extensions, where ErrorCode.X belongs. */
const LITERAL_CODE = /\bcode:\s*["'`]([A-Z_]+)["'`]/g;

it("every error the API answers takes its extensions.code from the one list (src/graphql/errors.ts)", () => {
  const literals: string[] = [];
  for (const file of [
    ...sources("src/graphql"),
    ...sources("src/http"),
    ...sources("src/process"),
  ]) {
    for (const match of readFileSync(file, "utf8").matchAll(LITERAL_CODE))
      literals.push(`${file}: ${match[1]}`);
  }
  expect(literals).toEqual([]);
});

it("the list's codes are SCREAMING_CASE and each its own name", () => {
  for (const [name, code] of Object.entries(ErrorCode)) {
    expect(code).toBe(name);
    expect(code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
  }
});
