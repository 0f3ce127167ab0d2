import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compiled, ROOT } from "../helpers/paths.js";

/**
 * Runs `code` in a new node, as an ES module, after installing the compiled
 * exitOnUncaughtError on a pino logger; resolves its exit code and combined output.
 */
function withHandler(code: string): Promise<{ code: number | null; output: string }> {
  const module = pathToFileURL(compiled("process/exitOnUncaughtError")).href;
  const source = `import { pino } from "pino";
import { exitOnUncaughtError } from ${JSON.stringify(module)};
exitOnUncaughtError(pino());
${code}`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", source], { cwd: ROOT });
    let output = "";
    const collect = (d: Buffer) => {
      output += d.toString();
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("close", (exit) => resolve({ code: exit, output }));
  });
}

describe("exitOnUncaughtError", () => {
  for (const [what, code, origin] of [
    [
      "an uncaught exception",
      'setTimeout(() => { throw new TypeError("boom"); });',
      "uncaughtException",
    ],
    ["an unhandled rejection", 'Promise.reject(new TypeError("boom"));', "unhandledRejection"],
  ] as const) {
    it(`logs ${what} as one fatal JSON line with its stack and exits 1`, async () => {
      const { code: exit, output } = await withHandler(code);
      expect(exit).toBe(1);
      const lines = output.trim().split("\n");
      expect(lines).toHaveLength(1);
      const line = JSON.parse(lines[0] ?? "") as {
        level: number;
        origin: string;
        err: { type: string; message: string; stack: string };
      };
      expect(line).toMatchObject({
        level: 60,
        origin,
        err: { type: "TypeError", message: "boom" },
      });
      expect(line.err.stack).toContain("TypeError: boom");
    });
  }
});
