import { existsSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";
import { SLOW_FILES } from "./setup/SlowFilesFirst.js";

it("starts first only test files that exist, each named once", () => {
  for (const file of SLOW_FILES) {
    expect(file, file).toMatch(/^tests\/.+\.test\.ts$/);
    expect(existsSync(path.join(ROOT, file)), file).toBe(true);
  }
  expect(new Set(SLOW_FILES).size).toBe(SLOW_FILES.length);
});
