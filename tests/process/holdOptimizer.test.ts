import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compiled, ROOT } from "../helpers/paths.js";

/**
 * Runs, in a new node with V8's natives syntax and `nodeOptions`, a hot function in batches
 * (after each batch V8's background compile jobs are finished and installed:
 * %FinalizeOptimization, so a loaded machine cannot delay an optimization past the loop)
 * while the compiled holdOptimizer holds V8's optimizer, then after its release; prints
 * whether V8 had optimized the function at each point, as JSON. At most `batches` batches
 * each (a bound: V8 optimized this loop after 11 batches here when it may).
 */
function optimizedWhen(nodeOptions: string[], batches = 100): Promise<unknown> {
  const module = pathToFileURL(compiled("process/holdOptimizer")).href;
  const source = `import { holdOptimizer } from ${JSON.stringify(module)};
function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += (i * 7) % 13; return s; }
// Bit 16 of V8's optimization status: the function runs optimized code.
const optimized = () => (%GetOptimizationStatus(hot) & 16) !== 0;
async function run() {
  for (let b = 0; b < ${batches} && !optimized(); b++) {
    hot(20000);
    %FinalizeOptimization();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return optimized();
}
const release = holdOptimizer();
const held = await run();
release();
const released = await run();
console.log(JSON.stringify({ held, released }));`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--allow-natives-syntax", ...nodeOptions, "--input-type=module", "-e", source],
      { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" } },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.on("close", (code) => {
      if (code === 0) resolve(JSON.parse(output));
      else reject(new Error(`node exited ${code}: ${output}`));
    });
  });
}

describe("holdOptimizer", () => {
  it("keeps a hot function unoptimized while held, and V8 optimizes it once released", async () => {
    expect(await optimizedWhen([])).toEqual({ held: false, released: true });
  });

  it("leaves an operator's own optimizer flag alone: --no-opt stays off after the release", async () => {
    expect(await optimizedWhen(["--no-opt"])).toEqual({ held: false, released: false });
  });

  it.each([["--no_turbofan"], ["--noopt"], ["--max-opt=0"]])(
    "leaves an operator's flag alone in V8's other spellings too: %s stays off after the release",
    async (flag) => {
      expect(await optimizedWhen([flag])).toEqual({ held: false, released: false });
    },
  );

  it("leaves an operator's --turbofan alone: the function is optimized even while held", async () => {
    expect(await optimizedWhen(["--turbofan"])).toEqual({ held: true, released: true });
  });
});
