import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Copy, DockerfileParser, type Instruction } from "dockerfile-ast";
import { describe, expect, it } from "vitest";
import { GRAPH_DATA_SCHEMA_URL } from "../../src/graph/graphDataSchema.js";
import { SCHEMA_DIR } from "../../src/graphql/loadTypeDefs.js";
import { TRUSTED_DOCUMENTS_FILE } from "../../src/graphql/trustedDocuments.js";
import { EXPLORER_DIR } from "../../src/http/explorerRoutes.js";
import { GRAPHIQL_DIR } from "../../src/http/graphiqlRoutes.js";
import { CHECK_TIMEOUT_MS } from "../../src/process/checkHealth.js";
import { BUNDLED_GRAPH_DATA, VARIABLES } from "../../src/process/variables.js";
import { compiled, FIXTURE_GRAPH, ROOT } from "../helpers/paths.js";
import { runScript } from "../helpers/runScript.js";

/** The Dockerfile's instructions, grouped by build stage (FROM … AS name). */
async function stages(): Promise<Map<string, Instruction[]>> {
  const dockerfile = DockerfileParser.parse(await readFile(path.join(ROOT, "Dockerfile"), "utf8"));
  const byStage = new Map<string, Instruction[]>();
  let current: Instruction[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === "FROM") {
      current = [];
      const from = dockerfile
        .getFROMs()
        .find((f) => f.getRange().start.line === instruction.getRange().start.line);
      byStage.set(from?.getBuildStage() ?? "", current);
    }
    current.push(instruction);
  }
  return byStage;
}

const args = (i: Instruction) => i.getArgumentsContent() ?? "";
/** Where a COPY takes its files from: a build stage (--from) or the build context (""). */
const copyFrom = (i: Instruction) => (i instanceof Copy ? (i.getFromFlag()?.getValue() ?? "") : "");
const of = (stage: Instruction[], keyword: string) =>
  stage.filter((i) => i.getKeyword() === keyword);

describe("the Dockerfile", () => {
  it("builds in one stage and runs in another, both on Node 20", async () => {
    const byStage = await stages();
    expect([...byStage.keys()]).toEqual(["build", "run"]);
    for (const stage of byStage.values()) {
      expect(args(stage[0] as Instruction)).toMatch(/^node:20[.\d]*-\S+ AS /);
    }
    const build = byStage.get("build") ?? [];
    expect(of(build, "RUN").map(args)).toContainEqual(expect.stringMatching(/^npm ci\b/));
  });

  it("runs production dependencies only, with dist, schema and graph-data, as a non-root user", async () => {
    const run = (await stages()).get("run") ?? [];
    const installs = of(run, "RUN")
      .map(args)
      .filter((a) => a.includes("npm ci"));
    expect(installs).toHaveLength(1);
    expect(installs[0]).toContain("--omit=dev");
    const copies = of(run, "COPY");
    const copied = copies.map(args);
    expect(copies.filter((c) => copyFrom(c) === "build").map(args)).toEqual(["/app/dist ./dist"]);
    expect(copied).toContain("schema ./schema");
    expect(copied).toContain("graph-data ./graph-data");
    const [user] = of(run, "USER").map(args);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(0|root)(:|$)/);
    expect(of(run, "CMD").map(args)).toEqual(['["node", "--enable-source-maps", "dist/main.js"]']);
  });

  it("copies every file the compiled service reads at run time", async () => {
    const run = (await stages()).get("run") ?? [];
    // Where each source names what it reads (dist/x/y.js resolves ../../ as src/x/y.ts does).
    const read = [
      TRUSTED_DOCUMENTS_FILE,
      SCHEMA_DIR,
      GRAPH_DATA_SCHEMA_URL,
      pathToFileURL(BUNDLED_GRAPH_DATA),
      EXPLORER_DIR,
      GRAPHIQL_DIR,
    ].map((url) => path.relative(ROOT, fileURLToPath(url)).split(path.sep)[0]);
    const copied = of(run, "COPY").flatMap((c) =>
      args(c)
        .split(/\s+/)
        .slice(0, -1)
        .map((source) => path.basename(source)),
    );
    for (const top of new Set(read)) expect(copied, top).toContain(top);
  });

  it("checks health with the compiled checkHealth, within its timeout, and exposes its port", async () => {
    const run = (await stages()).get("run") ?? [];
    const [healthcheck = ""] = of(run, "HEALTHCHECK").map((i) => i.getTextContent());
    // checkHealth asks /livez where HOST and PORT say (tests/deploy/checkHealth.test.ts).
    expect(healthcheck).toMatch(/CMD \["node", "dist\/process\/checkHealth\.js"\]$/);
    expect(existsSync(compiled("process/checkHealth"))).toBe(true);
    const timeoutS = Number(/--timeout=(\d+)s/.exec(healthcheck)?.[1]);
    expect(timeoutS * 1000).toBeGreaterThan(CHECK_TIMEOUT_MS);
    const env = of(run, "ENV").map(args).join(" ");
    const port = /PORT=(\d+)/.exec(env)?.[1];
    expect(of(run, "EXPOSE").map(args)).toEqual([port]);
  });

  it("runs in production mode, node itself as PID 1 so signals reach it, as a numeric non-root user", async () => {
    const run = (await stages()).get("run") ?? [];
    expect(of(run, "ENV").map(args).join(" ")).toMatch(/(^|\s)NODE_ENV=production(\s|$)/);
    // Exec form, no shell, no npm: `sh -c` or npm as PID 1 would not pass SIGTERM on.
    expect(of(run, "ENTRYPOINT")).toEqual([]);
    const [cmd = ""] = of(run, "CMD").map(args);
    const argv = JSON.parse(cmd) as string[];
    expect(argv[0]).toBe("node");
    expect(argv.at(-1)).toBe("dist/main.js");
    expect(of(run, "STOPSIGNAL").map(args)).toEqual(["SIGTERM"]);
    // Numeric, so Kubernetes' runAsNonRoot can check it without reading /etc/passwd.
    expect(of(run, "USER").map(args)).toEqual([expect.stringMatching(/^[1-9]\d*(:[1-9]\d*)?$/)]);
  });

  it("builds and runs on the same Node image, installing from the lock file", async () => {
    const byStage = await stages();
    const images = [...byStage.values()].map((s) => args(s[0] as Instruction).split(" ")[0]);
    expect(new Set(images).size).toBe(1);
    const installs = [...byStage.values()].flatMap((s) =>
      of(s, "RUN")
        .map(args)
        .filter((a) => /\bnpm (i|install)\b/.test(a)),
    );
    expect(installs).toEqual([]);
  });

  it("keeps the host's node_modules and dist out of the build context", async () => {
    const ignored = (await readFile(path.join(ROOT, ".dockerignore"), "utf8")).split("\n");
    expect(ignored).toEqual(expect.arrayContaining(["node_modules", "dist", ".env"]));
  });

  it("copies only files that exist and that .dockerignore lets through", async () => {
    const ignored = (await readFile(path.join(ROOT, ".dockerignore"), "utf8"))
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#"));
    for (const stage of (await stages()).values()) {
      for (const copy of of(stage, "COPY").filter((c) => copyFrom(c) === "")) {
        const sources = args(copy).split(/\s+/).slice(0, -1);
        for (const source of sources) {
          expect(existsSync(path.join(ROOT, source)), source).toBe(true);
          expect(ignored, source).not.toContain(source);
        }
      }
    }
  });

  it("runs the command line from dist/ alone, as in the image (no scripts/, bin/ or npx)", async () => {
    // Every relative import of the compiled code stays inside src/ (so dist/ after the build);
    // the explorer and GraphiQL pages are bundled at build time, their imports resolved then.
    const sources = (await readdir(path.join(ROOT, "src"), { recursive: true })).filter(
      (f) => /\.ts$/.test(f) && !/^(web|graphiql)\//.test(f),
    );
    const outside: string[] = [];
    for (const file of sources) {
      const text = await readFile(path.join(ROOT, "src", file), "utf8");
      for (const [, spec = ""] of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)) {
        const target = path.relative(
          path.join(ROOT, "src"),
          path.resolve(ROOT, "src", path.dirname(file), spec),
        );
        if (target.startsWith("..")) outside.push(`${file}: ${spec}`);
      }
    }
    expect(outside).toEqual([]);
    // On the fixture graph: what is checked is that dist/ runs alone, not the data (the
    // bundled data's check is tests/cli/kineticGraph.test.ts's), at a tenth of the load.
    const { code, output } = await runScript(compiled("cli/kineticGraph"), {
      args: ["check", FIXTURE_GRAPH],
    });
    expect(code, output).toBe(0);
  });

  it("runs the container, in the documentation's and the Dockerfile's examples, longer than the shutdown deadline", async () => {
    const docs = (await readdir(path.join(ROOT, "docs")))
      .filter((name) => name.endsWith(".md"))
      .map((name) => path.join("docs", name));
    const texts = await Promise.all(
      ["README.md", ...docs, "Dockerfile"].map((file) => readFile(path.join(ROOT, file), "utf8")),
    );
    const runs = texts
      .flatMap((text) => [...text.matchAll(/docker run [^\n`]*/g)])
      .map(([line]) => line)
      // The service's runs (its image named), not one-off commands (`IMAGE node …`).
      .filter((line) => line.includes("kinetic-graph:") && !line.includes(" node "));
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const run of runs) {
      const stopS = Number(/--stop-timeout (\d+)/.exec(run)?.[1] ?? 10); // docker's default
      const deadline = Number(
        /SHUTDOWN_DEADLINE_MS=(\d+)/.exec(run)?.[1] ?? VARIABLES.SHUTDOWN_DEADLINE_MS.default,
      );
      expect(stopS * 1000, run).toBeGreaterThan(deadline);
    }
  });
});
