#!/usr/bin/env node
// @ts-check
/**
 * `npx kinetic-graph ...`: the command line (src/cli/kineticGraph.ts), compiled in dist/
 * like the service and rebuilt first only when dist/ is stale. Production mode, as
 * `npm start`: answers are the ones clients get.
 */
import { readyToRun } from "../scripts/build.js";

const cli = await import(await readyToRun("cli/kineticGraph.js"));
await cli.runCommandLine();
