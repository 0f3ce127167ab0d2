#!/usr/bin/env node
// @ts-check
/**
 * `npx kinetic-graph ...`: the command line (src/cli/kineticGraph.ts), compiled in dist/
 * like the service and rebuilt first only when dist/ is stale. Production mode, as
 * `npm start`: answers are the ones clients get.
 */
import { buildIfStale, SERVER_DIST } from "../scripts/build.js";

process.env.NODE_ENV ??= "production";
await buildIfStale();
const cli = await import(new URL("cli/kineticGraph.js", `file://${SERVER_DIST}`).href);
await cli.runCommandLine();
