// @ts-check
/**
 * `npm run dev`: the development mode. NODE_ENV=development (stack traces and field
 * suggestions in errors, every request logged), the service restarted by tsx whenever a
 * source changes (src/web included: the page is read at start), and the explorer's
 * script rebuilt by esbuild on every change of src/web.
 * Never use it for a public service: `npm start` is the production mode.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { context } from "esbuild";
import { build, WEB_DIST } from "./build.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
await build();
const web = await context({
  entryPoints: [path.join(ROOT, "src/web/main.ts")],
  bundle: true,
  format: "esm",
  target: "es2022",
  sourcemap: true,
  outfile: path.join(WEB_DIST, "app.js"),
  logLevel: "info",
});
await web.watch();

const service = spawn(
  process.execPath,
  ["--import", "tsx", "--watch", "--watch-path=src", "--watch-path=schema", "src/main.ts"],
  {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "development" },
  },
);
const stop = () => {
  service.kill("SIGTERM");
  void web.dispose();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
service.once("exit", (code) => {
  void web.dispose();
  process.exit(code ?? 0);
});
